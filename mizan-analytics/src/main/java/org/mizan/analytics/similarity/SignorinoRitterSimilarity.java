package org.mizan.analytics.similarity;

import java.util.Objects;

/**
 * Signorino &amp; Ritter's (1999) S: one minus twice the weighted mean distance between the two profiles as a
 * share of the largest possible distance,
 * {@code S = 1 - 2 * sum_k w_k d(x_k, y_k) / (sum_k w_k * d_max)}, with d_max = d(min, max).
 *
 * <p>S lies in [-1, 1]: 1 for identical profiles, -1 when every pair of values sits at opposite ends of the
 * scale. It does not correct for chance: two states that both ignore most of the world score high however
 * little they share (Häge 2011), which is why {@link ScottPiSimilarity} and {@link CohenKappaSimilarity}
 * exist. Symmetric in the two actors. Cost O(n).
 */
public final class SignorinoRitterSimilarity implements ForeignPolicySimilarity {

    private final Distance distance;

    /** S with absolute (city-block) distances, as Signorino &amp; Ritter used. */
    public SignorinoRitterSimilarity() {
        this(Distance.ABSOLUTE);
    }

    public SignorinoRitterSimilarity(Distance distance) {
        this.distance = Objects.requireNonNull(distance, "distance");
    }

    @Override
    public double between(ProfilePair pair) {
        double largest = distance.largest(pair.max() - pair.min());
        return 1.0 - 2.0 * Disagreement.observed(pair, distance) / largest;
    }

    @Override
    public String toString() {
        return "S(" + distance + ")";
    }
}
