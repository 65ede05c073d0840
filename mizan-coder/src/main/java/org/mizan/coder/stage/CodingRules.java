package org.mizan.coder.stage;

/**
 * The choices that differ between coding styles, in one place.
 *
 * <p>{@link #mizan()} is what analysts get by default: an event needs a known source, the target may be
 * unknown, intentions ("will visit") are coded with CAMEO's intent code or not at all, and negated,
 * hypothetical and questioned verbs are never coded as facts. {@link #petrarch()} reproduces PETRARCH's
 * conventions for comparisons: an event needs both actors, future tense is coded as the event itself, and
 * actors known only by their role ("---GOV") are kept.
 *
 * @param requireTarget          drop events without a target
 * @param intentCodes            code "will X" with X's intent code (true) or as X itself (false)
 * @param agentOnlyActors        keep actors known only by their role
 * @param passiveSourceFromRight a passive without a "by" phrase keeps PETRARCH's word order: the subject is the
 *                               source and the first actor after the verb the target ("X was criticized over
 *                               its dispute with Y" is X Y)
 * @param skipHypothetical       do not code verbs under "would", "could", "if" ... (PETRARCH codes them)
 */
public record CodingRules(boolean requireTarget, boolean intentCodes, boolean agentOnlyActors,
                          boolean passiveSourceFromRight, boolean skipHypothetical) {

    public static CodingRules mizan() {
        return new CodingRules(false, true, false, false, true);
    }

    /** These rules with events without a target kept or dropped. */
    public CodingRules withRequireTarget(boolean require) {
        return new CodingRules(require, intentCodes, agentOnlyActors, passiveSourceFromRight, skipHypothetical);
    }

    public static CodingRules petrarch() {
        return new CodingRules(true, false, true, true, false);
    }
}
