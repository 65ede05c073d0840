package org.mizan.models.smp;

/**
 * KTAB's bargain interpolation on one dimension. With S{n}P{m}, each side's weight is
 * salience^n · probability^m; both proposed coordinates are weighted means of the two positions, the
 * initiator's tilted toward itself and the receiver's toward itself by a weight of 1e-6 (so that two
 * actors who neither care nor can coerce each other stay put), rounded to 4 decimals on the 0-1 scale
 * (0.01 on the input scale) to avoid spurious precision. S2PMax moves the less likely side by the
 * probability gap. Stateless, O(1).
 */
final class Interpolation {

    private static final double MIN_W = 1e-6;

    private Interpolation() {
    }

    /**
     * @return {initiator's new coordinate, receiver's new coordinate}
     */
    static double[] bargain(SmpParameters.InterVecBrgn ivb, double ti, double si, double pi,
                            double tj, double sj, double pj) {
        return switch (ivb) {
            case S1P1 -> weighted(1, 1, ti, si, pi, tj, sj, pj);
            case S2P2 -> weighted(2, 2, ti, si, pi, tj, sj, pj);
            case S2P_MAX -> probabilityGap(ti, si, pi, tj, sj, pj);
        };
    }

    private static double[] weighted(int n, int m, double ti, double si, double pi,
                                     double tj, double sj, double pj) {
        double wi = Math.pow(si, n) * Math.pow(pi, m);
        double wj = Math.pow(sj, n) * Math.pow(pj, m);
        double den = wi + MIN_W + wj;
        return new double[] {round4(((wi + MIN_W) * ti + wj * tj) / den),
                round4((wi * ti + (MIN_W + wj) * tj) / den)};
    }

    private static double[] probabilityGap(double ti, double si, double pi, double tj, double sj, double pj) {
        double di = Math.max(0, pj - pi);
        double dj = Math.max(0, pi - pj);
        double si2 = si * si;
        double sj2 = sj * sj;
        double mi = (di * sj2) / (di * sj2 + MIN_W + (1 - di) * si2);
        double mj = (dj * si2) / (dj * si2 + MIN_W + (1 - dj) * sj2);
        return new double[] {ti + mi * (tj - ti), tj + mj * (ti - tj)};
    }

    /** Rounds half up to 4 decimals (inputs are non-negative). */
    static double round4(double x) {
        return Math.floor(0.5 + x * 10000.0) / 10000.0;
    }
}
