package org.mizan.analytics.balance;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The balance formulas (docs/balance.md), kept apart from data access so they can be checked by hand.
 *
 * <p>Each event between the focal state F and a power P has a weight w in [-1, 1] (Goldstein / 10). With
 * N_P = Σ w over F's events with P (both directions), the score is (N_2 - N_1) / (|N_1| + |N_2|): -1 when
 * all net affinity is with the first power (or all hostility with the second), +1 the reverse. Hedging is
 * 1 - |C_2 - C_1| / (C_1 + C_2) over the cooperative weight C_P = Σ max(w, 0). The 95% interval is the
 * percentile bootstrap (events with each power resampled with replacement, {@code reps} times) up to
 * {@link #BOOTSTRAP_MAX_EVENTS} events; beyond, where the bootstrap is both costly and needless, the
 * delta-method normal interval from the two sums' variances.
 */
public final class BalanceMath {

    /** Scores within this distance of 0 are reported as "balanced". */
    public static final double NEUTRAL_BAND = 0.1;

    /** Above this many events the interval comes from the delta method instead of resampling. */
    public static final int BOOTSTRAP_MAX_EVENTS = 5000;

    private BalanceMath() {
    }

    /** The score for net affinities with the first and second power, or null when both are zero. */
    public static Double score(double netFirst, double netSecond) {
        double denom = Math.abs(netFirst) + Math.abs(netSecond);
        return denom == 0 ? null : (netSecond - netFirst) / denom;
    }

    public static Double hedging(double[] first, double[] second) {
        double c1 = Arrays.stream(first).filter(w -> w > 0).sum();
        double c2 = Arrays.stream(second).filter(w -> w > 0).sum();
        return c1 + c2 == 0 ? null : 1 - Math.abs(c2 - c1) / (c1 + c2);
    }

    /** The full score with its interval, from the event weights with each power. */
    public static BalanceScore of(double[] first, double[] second, String firstName, String secondName, int reps,
                                  long seed) {
        double n1 = sum(first);
        double n2 = sum(second);
        Double s = score(n1, n2);
        double[] ci = s == null ? null : first.length + second.length > BOOTSTRAP_MAX_EVENTS
                ? delta(first, second) : bootstrap(first, second, reps, seed);
        String leans = s == null ? null : s < -NEUTRAL_BAND ? firstName : s > NEUTRAL_BAND ? secondName : "balanced";
        return new BalanceScore(s, ci == null ? null : ci[0], ci == null ? null : ci[1], first.length + second.length,
                first.length, second.length, n1, n2, hedging(first, second), leans);
    }

    /** 2.5% and 97.5% percentiles of the score over resampled events; deterministic for a seed. */
    static double[] bootstrap(double[] first, double[] second, int reps, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] scores = new double[reps];
        int k = 0;
        for (int i = 0; i < reps; i++) {
            Double s = score(resampledSum(first, rnd), resampledSum(second, rnd));
            if (s != null) {
                scores[k++] = s;
            }
        }
        if (k == 0) {
            return new double[] {0, 0};
        }
        double[] sorted = Arrays.copyOf(scores, k);
        Arrays.sort(sorted);
        return new double[] {sorted[(int) Math.floor(0.025 * (k - 1))], sorted[(int) Math.ceil(0.975 * (k - 1))]};
    }

    /**
     * s +- 1.96 sd with Var(s) = g1^2 Var(N1) + g2^2 Var(N2), Var(N_P) = n_P var(w_P), and g the gradient of
     * s = (N2 - N1) / D, D = |N1| + |N2|: g1 = -(D + (N2 - N1) sgn N1) / D^2, g2 = (D - (N2 - N1) sgn N2) / D^2.
     */
    static double[] delta(double[] first, double[] second) {
        double n1 = sum(first);
        double n2 = sum(second);
        double d = Math.abs(n1) + Math.abs(n2);
        double s = (n2 - n1) / d;
        double g1 = -(d + (n2 - n1) * Math.signum(n1)) / (d * d);
        double g2 = (d - (n2 - n1) * Math.signum(n2)) / (d * d);
        double sd = Math.sqrt(g1 * g1 * first.length * variance(first) + g2 * g2 * second.length * variance(second));
        return new double[] {Math.max(-1, s - 1.96 * sd), Math.min(1, s + 1.96 * sd)};
    }

    private static double variance(double[] w) {
        if (w.length < 2) {
            return 0;
        }
        double mean = sum(w) / w.length;
        double ss = 0;
        for (double x : w) {
            ss += (x - mean) * (x - mean);
        }
        return ss / (w.length - 1);
    }

    private static double resampledSum(double[] w, SplittableRandom rnd) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[rnd.nextInt(w.length)];
        }
        return s;
    }

    private static double sum(double[] w) {
        double s = 0;
        for (double x : w) {
            s += x;
        }
        return s;
    }
}
