package org.mizan.models.smp;

/**
 * KTAB's estimate of a challenge (KTAB's {@code probEduChlg}): how likely actor i is to defeat j, and what
 * the challenge is worth to an affected actor k, all as actor h sees it (h's estimates of everyone's risk
 * attitudes). The two principals weigh in with capability × total salience; every third party joins the
 * side it prefers after sizing up the little contest of i, j and itself, valuing outcomes by its
 * commitment rule. The victory probability is the linear ratio of the two coalitions, as in KTAB.
 * Stateless; O(n) per estimate.
 */
final class ChallengeEstimator {

    private ChallengeEstimator() {
    }

    /**
     * h's estimate of the probability that i defeats j and of the effect on k. The principals vote with
     * weight capability × total salience; each third party n joins the side it prefers in the little
     * contest of i, j and itself, valuing outcomes as its commitment rule says.
     */
    static Challenge estimate(SmpState s, int h, int k, int i, int j) {
        double uii = s.util(h, i, i);
        double uij = s.util(h, i, j);
        double uji = s.util(h, j, i);
        double ujj = s.util(h, j, j);
        double sq = s.util(h, k, i) + s.util(h, k, j);
        double vict = 2 * s.util(h, k, i);
        double loss = 2 * s.util(h, k, j);
        var rule = s.params.votingRule();
        double ci = Condorcet.vote(rule, s.actors.weight(i), uii, uij);
        double cj = Condorcet.vote(rule, s.actors.weight(j), uji, ujj);
        double forI = 1e-10 + Math.max(0, ci) + Math.max(0, cj);
        double forJ = 1e-10 - Math.min(0, ci) - Math.min(0, cj);
        double principalsI = forI;
        double principalsJ = forJ;
        for (int n = 0; n < s.size(); n++) {
            if (n == i || n == j) {
                continue;
            }
            double wn = s.actors.weight(n);
            double uni = s.util(h, n, i);
            double unj = s.util(h, n, j);
            double unn = s.util(h, n, n);
            double little = Condorcet.vote(rule, wn, uni, unj);
            double li = little > 0 ? principalsI + little : principalsI;
            double lj = little < 0 ? principalsJ - little : principalsJ;
            double pin = li / (li + lj);
            double v = thirdPartyVote(s, rule, wn, pin, uni, unj, unn);
            if (v > 0) {
                forI += v;
            } else if (v < 0) {
                forJ -= v;
            }
        }
        double p = forI / (forI + forJ);
        double contest = p * vict + (1 - p) * loss;
        double sj = s.actors.salSum[j];
        double chlg = (1 - sj) * vict + sj * contest;
        return new Challenge(p, sq, vict, contest, chlg, chlg - sq);
    }

    /**
     * Vote of third party n between joining i (i and n against j) and joining j. Utilities are sums over
     * the three positions of i, j and n; SemiCommit means n keeps its own position only on the side it
     * joined.
     */
    private static double thirdPartyVote(SmpState s, SmpParameters.VotingRule rule, double wn, double pin,
                                  double uni, double unj, double unn) {
        double ikWins;
        double jWinsOverIk;
        double iWinsOverJk;
        double jkWins;
        switch (s.params.thirdPartyCommit()) {
            case FULL_COMMIT -> {
                ikWins = 3 * uni; jWinsOverIk = 3 * unj; iWinsOverJk = 3 * uni; jkWins = 3 * unj;
            }
            case SEMI_COMMIT -> {
                ikWins = 2 * uni + unn; jWinsOverIk = 3 * unj; iWinsOverJk = 3 * uni; jkWins = 2 * unj + unn;
            }
            default -> {
                ikWins = 2 * uni + unn; jWinsOverIk = 2 * unj + unn; iWinsOverJk = 2 * uni + unn;
                jkWins = 2 * unj + unn;
            }
        }
        double pjn = 1 - pin;
        double joinI = pin * ikWins + pjn * jWinsOverIk;
        double joinJ = pin * iWinsOverJk + pjn * jkWins;
        return Condorcet.vote(rule, wn, joinI, joinJ);
    }
}
