package org.mizan.analytics.similarity;

import java.util.Objects;

/**
 * Häge's (2011) chance-corrected similarity after Cohen's (weighted) kappa:
 * {@code kappa = 1 - D_o / D_e}, where D_o is the weighted mean distance between the actors' values toward
 * the same third state and D_e the mean distance between a value drawn from the first actor's profile and
 * an independent one drawn from the second's — each actor keeps its own distribution, so a difference in
 * the actors' overall levels is not counted as chance.
 *
 * <p>kappa is 1 for identical profiles, 0 at chance agreement, symmetric, independent of the value range,
 * and NaN when D_e = 0 (both profiles constant at the same value). Cost O(n^2).
 */
public final class CohenKappaSimilarity implements ForeignPolicySimilarity {

    private final Distance distance;

    /** kappa with squared distances, Häge's choice for interval-scaled relations. */
    public CohenKappaSimilarity() {
        this(Distance.SQUARED);
    }

    public CohenKappaSimilarity(Distance distance) {
        this.distance = Objects.requireNonNull(distance, "distance");
    }

    @Override
    public double between(ProfilePair pair) {
        double expected = Disagreement.expectedSeparate(pair, distance);
        return expected == 0 ? Double.NaN : 1.0 - Disagreement.observed(pair, distance) / expected;
    }

    @Override
    public String toString() {
        return "kappa(" + distance + ")";
    }
}
