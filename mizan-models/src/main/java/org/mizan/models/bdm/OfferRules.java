package org.mizan.models.bdm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How offers arise and which one an actor takes. For receiver i and proposer j at another position, with
 * eu_ij = E(U_ij) and eu_ji = E(U_ji) both seen with i's risk exponent: conflict when
 * eu_ji &gt; eu_ij &gt; 0 (i moves to x_j), compromise when eu_ji &gt; 0 &gt; eu_ij and eu_ji &gt; |eu_ij| (i moves
 * |eu_ij/eu_ji| of the way), capitulation as {@link BdmParameters.Capitulation} says. An actor takes a
 * conflict if it has one (least move), else a compromise ({@link BdmParameters.CompromiseChoice}), else a
 * capitulation (least move). O(n²) expected utilities of O(n) each per round.
 */
final class OfferRules {

    private final BdmParameters params;

    OfferRules(BdmParameters params) {
        this.params = params;
    }

    /** Every offer each actor receives, its best one marked accepted. */
    List<BdmOffer> offers(BdmState state, double[] r, double median) {
        int n = state.size();
        var all = new ArrayList<BdmOffer>();
        for (int i = 0; i < n; i++) {
            var mine = new ArrayList<BdmOffer>();
            for (int j = 0; j < n; j++) {
                if (state.position(j) == state.position(i)) {
                    continue;
                }
                double euIj = state.expectedUtility(r[i], i, j, params.q(), params.t(), median);
                double euJi = state.expectedUtility(r[i], j, i, params.q(), params.t(), median);
                BdmOffer o = offer(state, i, j, euIj, euJi);
                if (o != null) {
                    mine.add(o);
                }
            }
            BdmOffer best = best(state, mine);
            for (BdmOffer o : mine) {
                all.add(o == best ? o.accept() : o);
            }
        }
        return all;
    }

    private BdmOffer offer(BdmState state, int i, int j, double euIj, double euJi) {
        double xi = state.position(i);
        double xj = state.position(j);
        if (euJi > euIj && euIj > 0) {
            return new BdmOffer(BdmOffer.Type.CONFLICT, i, j, euIj, euJi, xj, false);
        }
        if (euJi > 0 && 0 > euIj && euJi > Math.abs(euIj)) {
            double moved = xi + (xj - xi) * Math.abs(euIj / euJi);
            return new BdmOffer(BdmOffer.Type.COMPROMISE, i, j, euIj, euJi, moved, false);
        }
        if (params.capitulation() == BdmParameters.Capitulation.GAIN_NOT_ABOVE_LOSS
                && euJi > 0 && 0 > euIj) {
            return new BdmOffer(BdmOffer.Type.CAPITULATION, i, j, euIj, euJi, xj, false);
        }
        return null;
    }

    /** Conflicts first, then compromises, then capitulations; the first of equals in actor order wins. */
    private BdmOffer best(BdmState state, List<BdmOffer> offers) {
        for (BdmOffer.Type type : BdmOffer.Type.values()) {
            List<BdmOffer> ofType = offers.stream().filter(o -> o.type() == type).toList();
            if (ofType.isEmpty()) {
                continue;
            }
            Comparator<BdmOffer> key = Comparator.comparingDouble(
                    o -> Math.abs(state.position(o.receiver()) - o.newPosition()));
            if (type == BdmOffer.Type.COMPROMISE
                    && params.choice() == BdmParameters.CompromiseChoice.LOWEST_POSITION) {
                key = Comparator.comparingDouble(o -> (Math.abs(o.euReceiver()) * state.position(o.receiver())
                        + Math.abs(o.euProposer()) * state.position(o.proposer()))
                        / (Math.abs(o.euReceiver()) + Math.abs(o.euProposer())));
            }
            return ofType.stream().min(key).orElseThrow();
        }
        return null;
    }
}
