package org.mizan.models.bdm;

/**
 * An offer from a proposer to a receiver, as the receiver sees it.
 *
 * @param type        conflict, compromise or capitulation
 * @param receiver    index of the actor who would move
 * @param proposer    index of the actor whose challenge prompts the offer
 * @param euReceiver  eu_ij: the receiver's expected utility of challenging the proposer (its own view)
 * @param euProposer  eu_ji: the proposer's expected utility of challenging the receiver, in the
 *                    receiver's view (the receiver's risk exponent)
 * @param newPosition where the receiver would move
 * @param accepted    whether the receiver took this offer (each actor takes at most one per round)
 */
public record BdmOffer(Type type, int receiver, int proposer, double euReceiver, double euProposer,
                       double newPosition, boolean accepted) {

    /** The kinds of offer. */
    public enum Type {
        /** Both expect to gain, the proposer more: the receiver loses the confrontation and moves fully. */
        CONFLICT,
        /** The proposer gains more than the receiver loses: the receiver moves part of the way. */
        COMPROMISE,
        /** The receiver gives in and moves fully. */
        CAPITULATION
    }

    BdmOffer accept() {
        return new BdmOffer(type, receiver, proposer, euReceiver, euProposer, newPosition, true);
    }
}
