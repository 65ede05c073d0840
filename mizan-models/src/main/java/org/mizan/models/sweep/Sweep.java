package org.mizan.models.sweep;

import java.util.Locale;
import java.util.Objects;

/**
 * What to vary: one actor's position (on a dimension), salience (on a dimension) or capability, over
 * a grid of values on the input's own scale.
 *
 * @param actor     the actor's name
 * @param variable  which input
 * @param dimension dimension index for position and salience (0 for the single BDM dimension)
 * @param values    grid values, in order
 */
public record Sweep(String actor, Variable variable, int dimension, double[] values) {

    /** The inputs a sweep can vary. */
    public enum Variable {
        POSITION, SALIENCE, CAPABILITY;

        public static Variable parse(String s) {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        }
    }

    public Sweep {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(variable, "variable");
        values = values.clone();
        if (values.length == 0 || dimension < 0) {
            throw new IllegalArgumentException("a sweep needs at least one value and a dimension >= 0");
        }
    }

    /** {@code steps} evenly spaced values from {@code from} to {@code to} inclusive (steps &gt;= 2). */
    public static double[] grid(double from, double to, int steps) {
        if (steps < 2) {
            return new double[] {from};
        }
        double[] v = new double[steps];
        for (int i = 0; i < steps; i++) {
            v[i] = from + (to - from) * i / (steps - 1);
        }
        return v;
    }

    @Override
    public double[] values() {
        return values.clone();
    }
}
