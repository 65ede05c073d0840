package org.mizan.analytics.network;

import java.util.Objects;

/**
 * A real-valued relation from one actor to another over some window, typically net cooperation
 * (cooperative minus conflictual Goldstein weight). Direction is kept so that callers can pass event
 * aggregates as they come; {@link SignedNetwork#fromWeights} sums both directions of a dyad.
 *
 * @param source the actor the relation goes from
 * @param target the actor the relation goes to
 * @param weight a finite value; positive means friendly
 */
public record DyadWeight(String source, String target, double weight) {

    public DyadWeight {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if (!Double.isFinite(weight)) {
            throw new IllegalArgumentException("weight must be finite, was " + weight);
        }
    }
}
