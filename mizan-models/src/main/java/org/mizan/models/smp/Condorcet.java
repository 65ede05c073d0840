package org.mizan.models.smp;

import org.mizan.models.smp.SmpParameters.PceModel;
import org.mizan.models.smp.SmpParameters.VictoryProbModel;
import org.mizan.models.smp.SmpParameters.VotingRule;

/**
 * Probabilistic Condorcet elections (PCE) as KTAB defines them: actors vote between options in
 * proportion to their weight and to a function of their utility difference; the votes form coalition
 * strengths C_ij; a victory-probability model turns them into pairwise probabilities P[i&gt;j]; a PCE model
 * turns those into the probability that each option wins.
 *
 * <p>Stateless. Costs: coalitions O(actors·options²), conditional PCE O(options²); the Markov PCEs are in
 * {@link MarkovPce}.
 */
final class Condorcet {

    /** Coalition floor, so that no contest is 0:0. */
    static final double MIN_COALITION = 1e-8;

    private Condorcet() {
    }

    /** Vote of an actor of weight {@code w} for an option it values {@code ui} over one it values {@code uj}. */
    static double vote(VotingRule rule, double w, double ui, double uj) {
        if (!(w > 0)) {
            throw new IllegalArgumentException("voting weight must be > 0: " + w);
        }
        double du = ui - uj;
        double binary = Math.max(-1, Math.min(1, du / 1e-8));
        return switch (rule) {
            case BINARY -> w * binary;
            case PROP_BIN -> w * (0.8 * du + 0.2 * binary);
            case PROPORTIONAL -> w * du;
            case PROP_CBC -> w * (0.5 * du + 0.5 * du * du * du);
            case CUBIC -> w * du * du * du;
            // prospect-theory asymmetry: losses count fully, gains two thirds
            case ASYM_PROSP -> du < 0 ? w * du : (du > 0 ? 2 * w * du / 3 : 0);
        };
    }

    /**
     * c[i][j] = MIN_COALITION + the total of positive votes for option i over j.
     *
     * @param w weights per actor
     * @param u utilities [actor][option]
     */
    static double[][] coalitions(VotingRule rule, double[] w, double[][] u) {
        int na = u.length;
        int no = u[0].length;
        double[][] c = new double[no][no];
        for (int i = 0; i < no; i++) {
            c[i][i] = MIN_COALITION;
            for (int j = 0; j < i; j++) {
                double cij = MIN_COALITION;
                double cji = MIN_COALITION;
                for (int k = 0; k < na; k++) {
                    double v = vote(rule, w[k], u[k][i], u[k][j]);
                    if (v > 0) {
                        cij += v;
                    } else if (v < 0) {
                        cji -= v;
                    }
                }
                c[i][j] = cij;
                c[j][i] = cji;
            }
        }
        return c;
    }

    /** Probability that strength s1 defeats s2 under the victory-probability model. */
    static double victory(VictoryProbModel vpm, double s1, double s2) {
        double x1;
        double x2;
        switch (vpm) {
            case LINEAR -> { x1 = s1; x2 = s2; }
            case SQUARE -> { x1 = s1 * s1; x2 = s2 * s2; }
            case QUARTIC -> { x1 = Math.pow(s1, 4); x2 = Math.pow(s2, 4); }
            case OCTIC -> { x1 = Math.pow(s1, 8); x2 = Math.pow(s2, 8); }
            case BINARY -> {
                // a 10% edge either way is decisive; linear in between so round-off cannot flip it
                double thresh = 1.10;
                if (s1 >= thresh * s2) {
                    x1 = 1.0; x2 = 1e-6;
                } else if (s2 >= thresh * s1) {
                    x1 = 1e-6; x2 = 1.0;
                } else {
                    double r12 = s1 / (s1 + s2);
                    x1 = (r12 * (thresh + 1) - 1) / (thresh - 1);
                    x2 = 1 - x1;
                }
            }
            default -> throw new IllegalStateException();
        }
        return x1 / (x1 + x2);
    }

    /** Square matrix of P[i &gt; j]; the diagonal is 1/2. */
    static double[][] victoryMatrix(VictoryProbModel vpm, double[][] c) {
        int n = c.length;
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double pij = victory(vpm, c[i][j], c[j][i]);
                p[i][j] = pij;
                p[j][i] = 1 - pij;
            }
            p[i][i] = 0.5;
        }
        return p;
    }

    /** Probability that each option wins, from coalition strengths. */
    static double[] pce(PceModel model, VictoryProbModel vpm, double[][] c) {
        double[][] pv = victoryMatrix(vpm, c);
        return switch (model) {
            case CONDITIONAL -> conditional(pv);
            case MARKOV_INCENTIVE -> MarkovPce.incentive(c, pv);
            case MARKOV_UNIFORM -> MarkovPce.uniform(pv);
        };
    }

    /** PCE over options valued u[actor][option] by actors of weight w. */
    static double[] scalarPce(double[] w, double[][] u, VotingRule rule, VictoryProbModel vpm, PceModel model) {
        return pce(model, vpm, coalitions(rule, w, u));
    }

    /**
     * One-step conditional PCE: P[i] ∝ Π_j P[i&gt;j]. Computed in logarithms, which gives the same ratios
     * but cannot underflow to 0/0 with many options.
     */
    static double[] conditional(double[][] pv) {
        int n = pv.length;
        double[] log = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += Math.log(pv[i][j]);
            }
            log[i] = s;
            max = Math.max(max, s);
        }
        double[] p = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            p[i] = Math.exp(log[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < n; i++) {
            p[i] /= sum;
        }
        return p;
    }

}
