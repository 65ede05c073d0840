package org.mizan.models.smp;

/**
 * KTAB's Markov probabilistic Condorcet elections: the winning option is the stationary distribution of
 * a chain in which a challenger meets the current favourite and wins with P[i&gt;j]. In the uniform model
 * every option challenges equally often; in the incentive model (KTAB's "Markov Voting with Incentives")
 * i challenges j in proportion to C_ij·P[i&gt;j]. Iterated from the uniform distribution, averaging old and
 * new, until the largest change is below 1e-6 (uniform) or 1e-8 (incentive); O(options²) per iteration.
 */
final class MarkovPce {

    private MarkovPce() {
    }

    /** Markov PCE with challenges made in proportion to incentive, C_ij·P[i&gt;j] (KTAB's "MarkovIncentive"). */
    static double[] incentive(double[][] c, double[][] pv) {
        int n = c.length;
        double[][] chlg = new double[n][n];
        for (int j = 0; j < n; j++) {
            double col = 0;
            for (int k = 0; k < n; k++) {
                col += incentive(c, pv, k, j);
            }
            for (int i = 0; i < n; i++) {
                chlg[i][j] = incentive(c, pv, i, j) / col;
            }
        }
        double[] p = flat(n);
        for (int iter = 0; iter < 1000; iter++) {
            double change = 0;
            double[] q = new double[n];
            for (int i = 0; i < n; i++) {
                double qi = 0;
                for (int j = 0; j < n; j++) {
                    qi += pv[i][j] * (p[i] * chlg[j][i] + p[j] * chlg[i][j]);
                }
                q[i] = qi;
                change = Math.max(change, Math.abs(qi - p[i]));
            }
            for (int i = 0; i < n; i++) {
                p[i] = (p[i] + q[i]) / 2;
            }
            if (change <= 1e-8) {
                return p;
            }
        }
        throw new ArithmeticException("Markov incentive PCE did not settle in 1000 iterations");
    }

    private static double incentive(double[][] c, double[][] pv, int i, int j) {
        return c[i][j] * pv[i][j] + (i == j ? 1e-10 : 0);
    }

    /** Markov PCE with every option equally likely to challenge (KTAB's "MarkovUniform"). */
    static double[] uniform(double[][] pv) {
        int n = pv.length;
        double[] p = flat(n);
        for (int iter = 0; iter < 1000; iter++) {
            double change = 0;
            double[] q = new double[n];
            for (int i = 0; i < n; i++) {
                double qi = 0;
                for (int j = 0; j < n; j++) {
                    qi += pv[i][j] * (p[i] + p[j]);
                }
                q[i] = qi / n;
                change = Math.max(change, Math.abs(q[i] - p[i]));
            }
            for (int i = 0; i < n; i++) {
                p[i] = (p[i] + q[i]) / 2;
            }
            if (change <= 1e-6) {
                return p;
            }
        }
        throw new ArithmeticException("Markov uniform PCE did not settle in 1000 iterations");
    }

    private static double[] flat(int n) {
        double[] p = new double[n];
        java.util.Arrays.fill(p, 1.0 / n);
        return p;
    }
}
