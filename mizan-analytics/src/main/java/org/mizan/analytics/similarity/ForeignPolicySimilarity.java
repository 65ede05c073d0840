package org.mizan.analytics.similarity;

/**
 * A similarity score of two foreign-policy profiles, 1 for identical profiles and larger for more alike
 * ones. Implementations are stateless and thread-safe.
 */
public interface ForeignPolicySimilarity {

    /** The similarity of the pair's two profiles. */
    double between(ProfilePair pair);
}
