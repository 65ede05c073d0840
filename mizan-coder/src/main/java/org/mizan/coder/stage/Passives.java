package org.mizan.coder.stage;

import java.util.List;

/** Finds who acted for a passive verb: its "by" phrase, else where the force came from. */
final class Passives {

    /** Actors of the "by" phrase after a passive verb: "was attacked by Arnor". */
    static List<ActorMention> byPhrase(SentenceAnalysis a, int from) {
        for (int k = from; k < a.tokens().size() && k < from + 6; k++) {
            if (a.key(k).equals("BY")) {
                List<ActorMention> by = actorAfterBy(a, k);
                // "blown up by a missile believed to be fired by rebels": when the "by" phrase is an instrument,
                // the instrument's own "by" phrase in the same clause names who acted
                for (int j = k + 1; by.isEmpty() && j < a.tokens().size() && j <= k + 12; j++) {
                    if (Words.CLAUSE_BREAKS.contains(a.key(j)) || a.key(j).equals(",") || a.actorAt(j) != null) {
                        break;
                    }
                    if (a.key(j).equals("BY")) {
                        by = actorAfterBy(a, j);
                    }
                }
                return by;
            }
            if (Words.CLAUSE_BREAKS.contains(a.key(k))) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * Who used force, told by where it came from, for a passive without a "by" phrase: "a mortar bomb was fired
     * at it from the Gaza Strip", "four children were killed in Israeli tank shelling". A "from PLACE" phrase or
     * a demonym describing the attack ("in Israeli shelling") in the verb's clause, else nothing.
     */
    static List<ActorMention> origin(SentenceAnalysis a, int from) {
        for (int k = from; k < a.tokens().size() && k < from + 8; k++) {
            String w = a.key(k);
            if (Words.CLAUSE_BREAKS.contains(w) || Clauses.SUBORDINATORS.contains(w) || w.equals(",")) {
                return List.of();
            }
            int j = a.key(k + 1).equals("THE") ? k + 2 : k + 1;
            ActorMention m = a.actorAt(j);
            if (m == null || m.start() != j || m.agentOnly()) {
                continue;
            }
            if (w.equals("FROM") || w.equals("IN") && Places.demonymBeforeNoun(a, m)) {
                return Arguments.group(a, m);
            }
        }
        return List.of();
    }

    /** True when a "by" phrase follows a passive verb in its clause. */
    static boolean hasBy(SentenceAnalysis a, int from) {
        for (int k = from; k < a.tokens().size() && k < from + 6; k++) {
            if (a.key(k).equals("BY")) {
                return true;
            }
            if (Words.CLAUSE_BREAKS.contains(a.key(k))) {
                return false;
            }
        }
        return false;
    }

    private static List<ActorMention> actorAfterBy(SentenceAnalysis a, int by) {
        for (ActorMention m : a.actors()) {
            if (m.start() > by && m.start() <= by + 3) {
                return Arguments.group(a, m);
            }
        }
        return List.of();
    }

    private Passives() {
    }
}
