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
 * @param required   derived: per pattern, its {@link VerbPattern#requiredWords()}
 * @param specificity derived: per pattern, its {@link VerbPattern#specificity()}
 */
public record VerbGroup(String name, String code, String pairCode, String intentCode, List<VerbPattern> patterns,
                        java.util.List<java.util.List<String>> required, List<Integer> specificity) {

    public VerbGroup(String name, String code, String pairCode, String intentCode, List<VerbPattern> patterns) {
        this(name, code, pairCode, intentCode, patterns, null, null);
    }

    public VerbGroup {
        patterns = List.copyOf(patterns);
        required = new java.util.ArrayList<>(patterns.size());
        specificity = new java.util.ArrayList<>(patterns.size());
        for (VerbPattern p : patterns) {
            required.add(List.copyOf(p.requiredWords())); // compact: read for every verb mention
            specificity.add(p.specificity());
        }
    }

    /** For each pattern, the exact words it requires (computed once). */
    public List<String> required(int pattern) {
        return required.get(pattern);
    }

    /** The specificity of each pattern (computed once: every verb mention compares them). */
    public int specificity(int pattern) {
        return specificity.get(pattern);
    }
}
