package org.mizan.models.smp;

import java.util.Arrays;
import java.util.Objects;

/**
 * One actor of a spatial scenario, on KTAB's input scale.
 *
 * @param name        unique name
 * @param description free text
 * @param capability  power, &gt; 0
 * @param position    position per dimension, in [0, 100]
 * @param salience    salience per dimension, in [0, 100], summing to at most 100 (KTAB divides by 100
 *                    and requires the total salience to be in (0, 1])
 */
public record SmpActor(String name, String description, double capability, double[] position, double[] salience) {

    public SmpActor {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        position = position.clone();
        salience = salience.clone();
        if (position.length != salience.length || position.length == 0) {
            throw new IllegalArgumentException(name + ": need one position and one salience per dimension");
        }
        if (!(capability > 0) || !Double.isFinite(capability)) {
            throw new IllegalArgumentException(name + ": capability must be > 0, was " + capability);
        }
        for (int k = 0; k < position.length; k++) {
            if (!(position[k] >= 0 && position[k] <= 100)) {
                throw new IllegalArgumentException(name + ": position " + position[k] + " outside [0,100]");
            }
            if (!(salience[k] >= 0 && salience[k] <= 100)) {
                throw new IllegalArgumentException(name + ": salience " + salience[k] + " outside [0,100]");
            }
        }
        double total = Arrays.stream(salience).sum();
        if (!(total > 0) || total > 100 + 1e-9) {
            throw new IllegalArgumentException(name + ": total salience must be in (0,100], was " + total);
        }
    }

    /** This actor with one coordinate of its position changed. */
    public SmpActor withPosition(int dim, double value) {
        double[] p = position.clone();
        p[dim] = value;
        return new SmpActor(name, description, capability, p, salience);
    }

    /** This actor with one salience changed. */
    public SmpActor withSalience(int dim, double value) {
        double[] s = salience.clone();
        s[dim] = value;
        return new SmpActor(name, description, capability, position, s);
    }

    /** This actor with another capability. */
    public SmpActor withCapability(double value) {
        return new SmpActor(name, description, value, position, salience);
    }

    @Override
    public double[] position() {
        return position.clone();
    }

    @Override
    public double[] salience() {
        return salience.clone();
    }
}
