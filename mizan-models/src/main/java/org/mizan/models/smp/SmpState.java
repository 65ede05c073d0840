package org.mizan.models.smp;

import java.util.ArrayList;
import java.util.List;

/**
 * One state of a spatial model: every actor's position and ideal point (KTAB's 0-1 scale), and what
 * follows from them — salience-weighted distances, the risk-neutral PCE over positions, each actor's
 * risk attitude R and everyone's estimates of everyone's utilities and challenges.
 *
 * <p>Utility of actor i for position j as estimated by h: u = (1 − d)(1 + d·R), with d the salience-weighted
 * distance from i's ideal to j's position and R h's estimate of i's risk attitude. Immutable; construction
 * costs O(n²·dims + n³) for n actors, {@link #challenge} O(n), {@link #util} O(1).
 */
public final class SmpState {

    final SmpActors actors;
    final SmpParameters params;
    final double[][] pos;
    final double[][] ideal;
    private final double[][] diff;
    private final double[] neutralProb;
    private final double[] risk;

    SmpState(SmpActors actors, SmpParameters params, double[][] pos, double[][] ideal) {
        this.actors = actors;
        this.params = params;
        this.pos = pos;
        this.ideal = ideal;
        int n = actors.size();
        diff = new double[n][n];
        double[][] neutral = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                diff[i][j] = actors.distance(i, ideal[i], pos[j]);
                neutral[i][j] = utility(diff[i][j], 0.0);
            }
        }
        neutralProb = Condorcet.scalarPce(actors.cap, neutral, params.votingRule(), params.victoryProbModel(),
                params.pceModel());
        risk = riskAttitudes(neutralProb, params.bigRRange());
    }

    /** The starting state of a scenario: ideals at the input positions. */
    public static SmpState initial(SmpScenario scenario, SmpParameters params) {
        int n = scenario.actors().size();
        double[][] pos = new double[n][];
        for (int i = 0; i < n; i++) {
            pos[i] = scenario.actors().get(i).position();
            for (int k = 0; k < pos[i].length; k++) {
                pos[i][k] /= 100.0;
            }
        }
        return new SmpState(new SmpActors(scenario), params, pos, pos);
    }

    /** KTAB's utility of a normalised distance d to an actor of risk attitude r. */
    static double utility(double d, double r) {
        // searches and round-off can push d slightly above 1
        return d <= 1 ? (1 - d) * (1 + d * r) : (1 - d) * (1 + r);
    }

    /** Risk attitudes from the PCE probabilities: the most likely position is most risk-averse (R = 1). */
    static double[] riskAttitudes(double[] p, SmpParameters.BigRRange range) {
        double min = 1;
        double max = 0;
        for (double x : p) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double[] r = new double[p.length];
        if (max - min < 1e-15) {
            return r; // all equally likely: nobody has more to lose, so all risk-neutral
        }
        for (int i = 0; i < p.length; i++) {
            r[i] = switch (range) {
                case MIN -> (p[i] - min) / (max - min);
                case MID -> (3 * p[i] - (max + 2 * min)) / (2 * (max - min));
                case MAX -> (2 * p[i] - (max + min)) / (max - min);
            };
        }
        return r;
    }

    /** Number of actors. */
    public int size() {
        return pos.length;
    }

    /** Risk attitude of actor i. */
    public double risk(int i) {
        return risk[i];
    }

    /** Probability of each actor's position under the risk-neutral PCE (which sets the risk attitudes). */
    public double[] neutralProbabilities() {
        return neutralProb.clone();
    }

    /** h's estimate of i's risk attitude. */
    double estimatedRisk(int h, int i) {
        double rh = risk[h];
        double ri = risk[i];
        return switch (params.bigRAdjust()) {
            case FULL -> ri;
            case TWO_THIRDS -> (rh + 2 * ri) / 3;
            case HALF -> (rh + ri) / 2;
            case ONE_THIRD -> (2 * rh + ri) / 3;
            case NONE -> rh;
        };
    }

    /** h's estimate of the utility to i of j's position. */
    public double util(int h, int i, int j) {
        return utility(diff[i][j], estimatedRisk(h, i));
    }

    /** Actor i's true utility (own risk attitude) of an arbitrary position, judged from its position. */
    double positionUtil(int i, double[] p) {
        return utility(actors.distance(i, pos[i], p), risk[i]);
    }

    /**
     * h's estimate of the probability that i defeats j and of the effect of the challenge on k
     * (see {@link ChallengeEstimator}). O(n).
     */
    public Challenge challenge(int h, int k, int i, int j) {
        return ChallengeEstimator.estimate(this, h, k, i, j);
    }

    /**
     * KTAB's reported probability of each actor's position: a PCE (proportional voting) over the distinct
     * positions (closer than 1e-3 counts as equal), each actor valuing them with its own risk attitude;
     * actors sharing a position share its probability.
     */
    public double[] positionProbabilities() {
        int n = size();
        List<Integer> unique = new ArrayList<>();
        int[] same = new int[n];
        for (int i = 0; i < n; i++) {
            same[i] = -1;
            for (int u = 0; u < unique.size() && same[i] < 0; u++) {
                if (SmpActors.norm(pos[i], pos[unique.get(u)]) < 1e-3) {
                    same[i] = u;
                }
            }
            if (same[i] < 0) {
                same[i] = unique.size();
                unique.add(i);
            }
        }
        double[][] u = new double[n][unique.size()];
        for (int i = 0; i < n; i++) {
            for (int m = 0; m < unique.size(); m++) {
                u[i][m] = util(i, i, unique.get(m));
            }
        }
        double[] pu = Condorcet.scalarPce(actors.cap, u, SmpParameters.VotingRule.PROPORTIONAL,
                params.victoryProbModel(), params.pceModel());
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = pu[same[i]];
        }
        return p;
    }
}
