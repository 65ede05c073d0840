package org.mizan.models.bdm;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * The expected-utility calculus for one configuration of positions and risk exponents: votes, the
 * median, the weighted mean, probabilities of prevailing and expected utilities of challenges, each as
 * written in {@code data/models/bdm/FORMULAS.md} (Scholz, Calbert &amp; Smith 2011).
 *
 * <p>Immutable. Construction costs O(n³) (the global vote total behind every probability); each
 * probability then costs O(n) and each expected utility O(n).
 */
final class BdmState {

    private final double[] c;
    private final double[] s;
    private final double[] x;
    private final double[] r;
    private final double range;
    private final double totalVotes;

    /**
     * @param range Δ, the spread of the initial positions; it stays fixed while actors move, as in the
     *              replication
     */
    BdmState(double[] capability, double[] salience, double[] position, double[] risk, double range) {
        this.c = capability;
        this.s = salience;
        this.x = position;
        this.r = risk;
        this.range = range;
        double sum = 0;
        int n = x.length;
        for (int k = 0; k < n; k++) {
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    sum += Math.abs(vote(k, x[a], x[b], r[k]));
                }
            }
        }
        this.totalVotes = sum;
    }

    int size() {
        return x.length;
    }

    double position(int i) {
        return x[i];
    }

    /** v_k(a, b): k's weighted preference for position a over b under risk exponent {@code rk}. */
    double vote(int k, double a, double b, double rk) {
        return c[k] * s[k] * (Math.pow(Math.abs(x[k] - b) / range, rk) - Math.pow(Math.abs(x[k] - a) / range, rk));
    }

    /** P(a prevails over b), with Scholz's global denominator; 0 when a == b. */
    double probability(double a, double b) {
        if (a == b || totalVotes == 0) {
            return 0.0;
        }
        double num = 0;
        for (int k = 0; k < x.length; k++) {
            num += Math.max(0.0, vote(k, a, b, r[k]));
        }
        return num / totalVotes;
    }

    /** The Condorcet winner among the actors' positions with every exponent 1 (a weighted median). */
    double median() {
        Double best = null;
        for (double candidate : new TreeSet<>(Arrays.stream(x).boxed().toList())) {
            if (best == null) {
                best = candidate;
                continue;
            }
            double votes = 0;
            for (int k = 0; k < x.length; k++) {
                votes += vote(k, candidate, best, 1.0);
            }
            if (votes > 0) {
                best = candidate;
            }
        }
        return best;
    }

    /** Σ c·s·x / Σ c·s. */
    double mean() {
        double num = 0;
        double den = 0;
        for (int k = 0; k < x.length; k++) {
            num += c[k] * s[k] * x[k];
            den += c[k] * s[k];
        }
        return num / den;
    }

    /**
     * E(U_ij) seen with risk exponent {@code rp}: the expected utility to {@code i} of challenging
     * {@code j}, minus the status quo's.
     */
    double expectedUtility(double rp, int i, int j, double q, double t, double median) {
        double d = range == 0 ? 0 : Math.abs(x[i] - x[j]) / range;
        double dm = range == 0 ? 0 : (Math.abs(x[i] - median) + Math.abs(x[i] - x[j])) / range;
        double us = 2 - 4 * Math.pow(0.5 - 0.5 * d, rp);
        double uf = 2 - 4 * Math.pow(0.5 + 0.5 * d, rp);
        double ub = 2 - 4 * Math.pow(0.5 - 0.25 * dm, rp);
        double uw = 2 - 4 * Math.pow(0.5 + 0.25 * dm, rp);
        double usq = 2 - 4 * Math.pow(0.5, rp);
        double p = probability(x[i], x[j]);
        return s[j] * (p * us + (1 - p) * uf) + (1 - s[j]) * us
                - q * usq - (1 - q) * (t * ub + (1 - t) * uw);
    }
}
