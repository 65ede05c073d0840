package org.mizan.coder.stage;

import java.util.Set;

/**
 * Where a clause ends, told from a few closed-class words without a parse: the boundary tests that the
 * argument finders ({@link Subjects}, {@link VerbObjects}, {@link Places}, {@link Passives}) and the stages
 * share.
 */
final class Clauses {

    static final Set<String> SPEECH = Set.of("SAID", "SAYS", "SAY", "STATED", "ANNOUNCED", "ADDED",
            "DECLARED", "INSISTED", "CLAIMED", "ANNOUNCES", "STATES", "DECLARES", "WARNED", "WARNS", "PROMISED",
            "PLEDGED", "VOWED", "CONFIRMED", "TOLD", "REPLIED", "EXPLAINED", "NOTED", "STRESSED", "EMPHASISED",
            "EMPHASIZED");

    static final Set<String> SUBORDINATORS = Set.of("AFTER", "BEFORE", "UNTIL", "SINCE", "AS", "ONCE");

    /**
     * True when a "that" opening a reported clause lies between the tokens with words of the clause before the
     * verb: in "MBS told Iranian President Raisi that the kingdom opposed the war", Raisi is not who opposed it. A
     * "that" after a verb or after the verb's object is a complementiser; after another noun it is a relative pronoun.
     */
    static boolean complementBetween(SentenceAnalysis a, int from, int to) {
        if (!a.hasKey("THAT")) {
            return false;
        }
        for (int k = from + 1; k < to - 1; k++) {
            if (a.key(k).equals("THAT") && (verbAt(a, k - 1) || a.actorAt(k - 1) != null && a.actorAt(k - 1).end() == k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a comma between the two tokens opens a new clause: a participle clause ("..., killing
     * eight"), a relative clause, or a new subject with its verb ("..., a senior official said").
     */
    static boolean commaBetween(SentenceAnalysis a, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!a.key(k).equals(",")) {
                continue;
            }
            String next = a.key(k + 1);
            if (next.endsWith("ING") || next.equals("WHICH") || next.equals("WHO") || next.equals("WHERE")) {
                return true;
            }
            boolean actorSeen = false;
            for (int j = k + 1; j < a.tokens().size() && j <= k + 8; j++) {
                actorSeen |= a.actorAt(j) != null;
                if (actorSeen && verbAt(a, j) && !a.key(j - 1).equals("TO")) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean verbAt(SentenceAnalysis a, int k) {
        for (VerbMention v : a.verbs()) {
            if (v.start() == k) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a relative "that" with its verb lies between the tokens: "an inquiry into the collision that killed
     * 300 people" (the people are the collision's victims, not the inquiry's target). A "that" after a verb opens a
     * reported clause and is no relative.
     */
    static boolean relativeBetween(SentenceAnalysis a, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (a.key(k).equals("THAT") && !verbAt(a, k - 1) && !SPEECH.contains(a.key(k - 1))
                    && !a.key(k - 1).endsWith("ED")) {
                int j = k + 1;
                while (j < to && Words.AUX.contains(a.key(j)) && !a.key(j).equals("TO")) {
                    j++;
                }
                if (verbAt(a, j)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when a clause boundary lies strictly between tokens {@code from} and {@code to}. */
    static boolean breakBetween(SentenceAnalysis a, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String w = a.key(k);
            if (Words.CLAUSE_BREAKS.contains(w) || SUBORDINATORS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private Clauses() {
    }
}
