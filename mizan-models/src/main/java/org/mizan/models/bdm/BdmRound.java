package org.mizan.models.bdm;

import java.util.List;

/**
 * One round of the expected-utility model: the state it started from, what was computed on it and what
 * came out. Matrices are indexed [i][j] by actor in input order.
 *
 * @param round          1-based round number
 * @param positions      positions at the start of the round
 * @param riskExponents  r_i, updated at the start of the round from the actors' danger levels
 * @param probability    P_ij, probability that i's position prevails over j's
 * @param expectedUtility E^i(U_ij), i's expected utility of challenging j, in i's own view
 * @param offers         every offer made, each marked accepted or not
 * @param after          positions at the end of the round
 * @param median         median of {@code after}
 * @param mean           capability- and salience-weighted mean of {@code after}
 */
public record BdmRound(int round, double[] positions, double[] riskExponents, double[][] probability,
                       double[][] expectedUtility, List<BdmOffer> offers, double[] after,
                       double median, double mean) {

    /** The accepted offers only. */
    public List<BdmOffer> accepted() {
        return offers.stream().filter(BdmOffer::accepted).toList();
    }
}
