package org.mizan.models.smp;

/**
 * One actor's estimate (h) of a challenge by i against j and its effect on an affected actor k, as in
 * KTAB's {@code UtilChlg} and {@code ProbVict} tables. Utilities are sums over the two positions at
 * stake (i's and j's), so they lie in [0, 2].
 *
 * @param probability    h's estimate of the probability that i defeats j
 * @param utilStatusQuo  k's utility of both keeping their positions
 * @param utilVictory    k's utility of i winning (j adopts i's position)
 * @param utilContest    k's expected utility of a contest
 * @param utilChallenge  k's expected utility of the challenge: j gives in with probability 1 - s_j
 * @param gain           utilChallenge - utilStatusQuo
 */
public record Challenge(double probability, double utilStatusQuo, double utilVictory, double utilContest,
                        double utilChallenge, double gain) {
}
