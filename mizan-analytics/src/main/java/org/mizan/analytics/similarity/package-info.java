/**
 * Similarity of two states' foreign-policy profiles: how alike their relations toward a common set of
 * third states are.
 *
 * <p>A {@link org.mizan.analytics.similarity.ProfilePair} holds the two profiles (e.g. net cooperation
 * scaled into [-1, 1]), optional weights and the value range. Each measure implements
 * {@link org.mizan.analytics.similarity.ForeignPolicySimilarity}:
 * <ul>
 *   <li>{@link org.mizan.analytics.similarity.SignorinoRitterSimilarity} — S (Signorino &amp; Ritter 1999),
 *       one minus twice the share of the largest possible distance;</li>
 *   <li>{@link org.mizan.analytics.similarity.ScottPiSimilarity} and
 *       {@link org.mizan.analytics.similarity.CohenKappaSimilarity} — Häge's (2011) chance-corrected
 *       measures, one minus observed over expected disagreement.</li>
 * </ul>
 * Each works with absolute or squared distances ({@link org.mizan.analytics.similarity.Distance}). Formulas
 * and sources are in {@code docs/similarity.md}.
 */
package org.mizan.analytics.similarity;
