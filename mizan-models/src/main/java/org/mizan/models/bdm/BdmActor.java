package org.mizan.models.bdm;

import java.util.Objects;

/**
 * One actor of an expected-utility scenario.
 *
 * @param name       unique name
 * @param capability relative power, &gt; 0 (any scale: only ratios matter)
 * @param position   position on the single issue dimension (any scale)
 * @param salience   how much the actor cares, in [0, 1]; also its probability of resisting a challenge
 */
public record BdmActor(String name, double capability, double position, double salience) {

    public BdmActor {
        Objects.requireNonNull(name, "name");
        if (!(capability > 0) || !Double.isFinite(capability)) {
            throw new IllegalArgumentException(name + ": capability must be > 0, was " + capability);
        }
        if (!Double.isFinite(position)) {
            throw new IllegalArgumentException(name + ": position must be finite");
        }
        if (!(salience >= 0 && salience <= 1)) {
            throw new IllegalArgumentException(name + ": salience must be in [0,1], was " + salience);
        }
    }

    /** This actor at another position. */
    public BdmActor at(double newPosition) {
        return new BdmActor(name, capability, newPosition, salience);
    }
}
