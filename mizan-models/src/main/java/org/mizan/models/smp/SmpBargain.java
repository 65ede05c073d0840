package org.mizan.models.smp;

/**
 * A bargain on the table in one turn: the positions it asks the initiator and the receiver to adopt
 * (input scale, 0-100), and how each party's queue resolved it. A status-quo bargain has
 * {@code initiator == receiver} and asks nobody to move.
 *
 * @param initiator     index of the proposing actor
 * @param receiver      index of the targeted actor
 * @param initPosition  position proposed for the initiator
 * @param rcvrPosition  position proposed for the receiver
 * @param value         the initiator's expected gain from challenging (0 for status quo)
 * @param initProb      PCE probability of this bargain in the initiator's queue
 * @param initChosen    whether the initiator adopted it
 * @param rcvrProb      PCE probability in the receiver's queue ({@code NaN} for status quo)
 * @param rcvrChosen    whether the receiver adopted it
 */
public record SmpBargain(int initiator, int receiver, double[] initPosition, double[] rcvrPosition,
                         double value, double initProb, boolean initChosen, double rcvrProb, boolean rcvrChosen) {

    /** True for an actor's own status-quo bargain. */
    public boolean statusQuo() {
        return initiator == receiver;
    }
}
