package org.mizan.analytics.similarity;

import java.util.Objects;

/**
 * Häge's (2011) chance-corrected similarity after Scott's pi: {@code pi = 1 - D_o / D_e}, where D_o is the
 * weighted mean distance between the actors' values toward the same third state and D_e the mean distance
 * between two values drawn independently from the <em>pooled</em> distribution of both profiles, so that a
 * shared tendency (both mostly neutral) earns no credit by itself.
 *
 * <p>pi is 1 for identical profiles, 0 when agreement is what chance predicts, and can fall below -1. It is
 * symmetric, does not depend on the value range (any linear rescaling cancels), and is NaN when D_e = 0,
 * i.e. when every value in both profiles is the same. Cost O(n^2).
 */
public final class ScottPiSimilarity implements ForeignPolicySimilarity {

    private final Distance distance;

    /** pi with squared distances, Häge's choice for interval-scaled relations. */
    public ScottPiSimilarity() {
        this(Distance.SQUARED);
    }

    public ScottPiSimilarity(Distance distance) {
        this.distance = Objects.requireNonNull(distance, "distance");
    }

    @Override
    public double between(ProfilePair pair) {
        double expected = Disagreement.expectedPooled(pair, distance);
        return expected == 0 ? Double.NaN : 1.0 - Disagreement.observed(pair, distance) / expected;
    }

    @Override
    public String toString() {
        return "pi(" + distance + ")";
    }
}
