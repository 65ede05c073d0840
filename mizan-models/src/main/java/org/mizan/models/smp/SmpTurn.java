package org.mizan.models.smp;

import java.util.List;

/**
 * One state of an SMP run and what was computed on it. Turn 0 is the input; the last turn has no
 * bargains. Positions are on the input scale (0-100); matrices are indexed [i][j] by actor.
 *
 * @param turn            0-based state number (KTAB's {@code Turn_t})
 * @param positions       [actor][dimension] positions
 * @param ideals          [actor][dimension] ideal points (equal to positions unless ideals accommodate)
 * @param risk            risk attitude R_i in the configured range
 * @param neutralProb     risk-neutral PCE probability of each actor's position (sets R)
 * @param positionProb    KTAB's reported probability of each actor's position (risk-aware, shared by
 *                        actors at the same position)
 * @param victory         victory[i][j]: i's estimate of the probability that i defeats j
 * @param challengeUtil   challengeUtil[i][j]: i's expected utility of challenging j (KTAB Util_Chlg, k = i)
 * @param gain            gain[i][j]: i's expected gain from challenging j
 * @param target          each actor's chosen target, -1 if it has no advantageous one
 * @param bargains        bargains on the table this turn (status quo first, then in initiator order)
 * @param change          Σ_i |x_i(t) − x_i(t−1)| on the 0-1 scale (0 for turn 0)
 */
public record SmpTurn(int turn, double[][] positions, double[][] ideals, double[] risk, double[] neutralProb,
                      double[] positionProb, double[][] victory, double[][] challengeUtil, double[][] gain,
                      int[] target, List<SmpBargain> bargains, double change) {
}
