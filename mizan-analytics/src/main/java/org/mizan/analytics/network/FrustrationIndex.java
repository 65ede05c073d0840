package org.mizan.analytics.network;

import java.util.List;

/**
 * The frustration index, or line index of balance (Harary 1959; Aref, Mason &amp; Wilson 2018): the
 * fewest ties whose removal (equivalently, whose sign flip) leaves a balanced network.
 *
 * <p>Equivalently, the minimum over all 2-colourings of the nodes of the number of frustrated ties — positive
 * ties across the two groups plus negative ties within a group. Computing it is NP-hard (it contains
 * max-cut), so implementations either prove optimality or report a proven lower bound alongside the value
 * they found.
 */
public interface FrustrationIndex {

    Result compute(SignedNetwork network);

    /**
     * A 2-colouring and how far from balanced it leaves the network.
     *
     * @param frustration L, the number of frustrated ties under the colouring found (an upper bound on the
     *                    index, equal to it when {@link #optimal()})
     * @param lowerBound  a proven lower bound on the index
     * @param edges       m, the number of ties in the network
     * @param side        the actor codes of one group of the colouring, sorted; the other nodes form the
     *                    other group (the smaller group is reported; on a tie, the one without the first node)
     */
    record Result(int frustration, int lowerBound, int edges, List<String> side) {

        public Result {
            if (lowerBound > frustration) {
                throw new IllegalArgumentException("lower bound " + lowerBound + " > value " + frustration);
            }
            side = List.copyOf(side);
        }

        /** True when the value is proven minimal, i.e. it meets the lower bound. */
        public boolean optimal() {
            return frustration == lowerBound;
        }

        /**
         * Aref &amp; Wilson's normalised balance {@code 1 - L / (m / 2)}, in [0, 1] because L never exceeds m/2;
         * 1 for a network without ties.
         */
        public double normalised() {
            return edges == 0 ? 1.0 : 1.0 - frustration / (edges / 2.0);
        }
    }
}
