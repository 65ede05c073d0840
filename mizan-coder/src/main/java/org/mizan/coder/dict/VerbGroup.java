package org.mizan.coder.dict;

import java.util.List;

/**
 * A set of verbs that share a default code and patterns (PETRARCH's "--- ATTACK [190] ---" block, or one
 * entry of Mizan's verb dictionary).
 *
 * @param name       the group's name (its first verb)
 * @param code       default code when no pattern matches, or null to code only via patterns
 * @param pairCode   default reciprocal code, or null
 * @param intentCode code when the verb is stated as an intention ("will visit" = 036), or null
 * @param patterns   the group's patterns in dictionary order
 * @param needs      derived: per pattern, what it cannot match without and its specificity
 */
public record VerbGroup(String name, String code, String pairCode, String intentCode, List<VerbPattern> patterns,
                        PatternNeeds needs) {

    public VerbGroup(String name, String code, String pairCode, String intentCode, List<VerbPattern> patterns) {
        this(name, code, pairCode, intentCode, patterns, null);
    }

    public VerbGroup {
        patterns = List.copyOf(patterns);
        needs = new PatternNeeds(patterns);
    }
}
