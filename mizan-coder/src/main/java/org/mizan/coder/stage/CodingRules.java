package org.mizan.coder.stage;

/**
 * The choices that differ between coding styles, in one place.
 *
 * <p>{@link #mizan()} is what analysts get by default: an event needs a known source, the target may be
 * unknown, intentions ("will visit") are coded with CAMEO's intent code or not at all, negated, hypothetical
 * and questioned verbs are never coded as facts, and an actor known only by its role ("militants") is kept,
 * with its country unknown ("---INS"), only beside a known actor on the other side of the event. {@link
 * #petrarch()} reproduces PETRARCH's conventions for comparisons: an event needs both actors, future tense is
 * coded as the event itself, and actors known only by their role are always kept.
 *
 * @param requireTarget          drop events without a target
 * @param intentCodes            code "will X" with X's intent code (true) or as X itself (false)
 * @param roleOnly               what becomes of an actor known only by its role that no place phrase puts in a
 *                               country
 * @param passiveSourceFromRight a passive without a "by" phrase keeps PETRARCH's word order: the subject is the
 *                               source and the first actor after the verb the target ("X was criticized over
 *                               its dispute with Y" is X Y)
 * @param skipHypothetical       do not code verbs under "would", "could", "if" ... (PETRARCH codes them)
 */
public record CodingRules(boolean requireTarget, boolean intentCodes, RoleOnly roleOnly,
                          boolean passiveSourceFromRight, boolean skipHypothetical) {

    /** What becomes of an actor known only by its role ("militants", "a senior official") and no country. */
    public enum RoleOnly {
        /** Dropped: the event is coded without it, or not at all. */
        DROP,
        /**
         * Kept as "---" plus the role when the other side of the event is a known actor ("Militants attacked a
         * Turkish police station" is ---INS TURCOP, as GDELT and PETRARCH code it); dropped when both sides are
         * only roles or there is no other side, which says nothing about any country.
         */
        BESIDE_KNOWN,
        /** Always kept (PETRARCH). */
        KEEP
    }

    public static CodingRules mizan() {
        return new CodingRules(false, true, RoleOnly.BESIDE_KNOWN, false, true);
    }

    public static CodingRules petrarch() {
        return new CodingRules(true, false, RoleOnly.KEEP, true, false);
    }

    /** These rules with events without a target kept or dropped. */
    public CodingRules withRequireTarget(boolean require) {
        return new CodingRules(require, intentCodes, roleOnly, passiveSourceFromRight, skipHypothetical);
    }

    /** These rules with role-only actors treated as {@code r}. */
    public CodingRules withRoleOnly(RoleOnly r) {
        return new CodingRules(requireTarget, intentCodes, r, passiveSourceFromRight, skipHypothetical);
    }

    /** True when role-only actors are always kept (PETRARCH's reading). */
    public boolean agentOnlyActors() {
        return roleOnly == RoleOnly.KEEP;
    }
}
