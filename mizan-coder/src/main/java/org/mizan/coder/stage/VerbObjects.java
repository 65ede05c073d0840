package org.mizan.coder.stage;

import java.util.List;
import java.util.Set;

/**
 * Finds a verb's object: the first actor after it before a clause boundary (";", "which", "but", "after", or a
 * comma that opens a participle or a new subject with its verb), one known only by its role, the object a
 * passive puts before its verb, and further objects of a speech verb.
 */
final class VerbObjects {

    /** The first actor group after {@code from} in the clause, skipping the source's own group. */
    static List<ActorMention> firstRight(SentenceAnalysis a, int from, List<ActorMention> sources,
                                                 boolean agentOnly) {
        return firstRight(a, from, sources, agentOnly, -1);
    }

    /**
     * As {@link #firstRight(SentenceAnalysis, int, List, boolean)}, with the verb's pattern reaching token {@code
     * patternEnd}: a preposition inside the pattern ("<arrive> in") makes its place the target ("arrived in
     * Beijing"), not a venue.
     */
    static List<ActorMention> firstRight(SentenceAnalysis a, int from, List<ActorMention> sources, boolean agentOnly,
                                         int patternEnd) {
        return firstRight(a, from, sources, agentOnly, patternEnd, false);
    }

    /**
     * As {@link #firstRight(SentenceAnalysis, int, List, boolean, int)}; with {@code relativeEnds} a relative clause
     * ends the object's clause ("an inquiry into the collision that killed 300 people": the victims are not what is
     * investigated). Force leaves it open: "detonated a bomb that hit an army convoy" hit its target.
     */
    static List<ActorMention> firstRight(SentenceAnalysis a, int from, List<ActorMention> sources, boolean agentOnly,
                                         int patternEnd, boolean relativeEnds) {
        for (ActorMention m : a.actors()) {
            int preposition = a.key(m.start() - 1).equals("THE") ? m.start() - 2 : m.start() - 1;
            // with Mizan's rules, "its ambassador" belongs to the subject and a place of the subject's own country after
            // "in" or "near" is where it happened ("detained an activist near Delhi")
            if (m.start() < from || !agentOnly && m.agentOnly() && Places.localise(a, m) == null
                    || byAfterParticiple(a, firstOfGroup(a, m)) || !agentOnly && Places.venue(a, m) && preposition > patternEnd
                    || !agentOnly && Places.sidelines(a, m) || !agentOnly && topic(a, m, preposition)
                    || !agentOnly && m.agentOnly() && OWN.contains(a.key(m.start() - 1))
                    || !agentOnly && Places.homePlace(a, m, sources)) {
                continue;
            }
            if (Clauses.breakBetween(a, from - 1, m.start()) || Clauses.commaBetween(a, from - 1, m.start())
                    || relativeEnds && Clauses.relativeBetween(a, from - 1, m.start())) {
                return List.of();
            }
            if (!sources.isEmpty() && (m.group() == sources.get(0).group() || sameCode(m, sources))) {
                continue;
            }
            return Arguments.group(a, m);
        }
        return List.of();
    }

    /**
     * The first actor known only by its role after {@code from} in the clause ("Pakistani troops killed militants"),
     * for when the clause names no known actor there.
     */
    static List<ActorMention> firstRoleOnly(SentenceAnalysis a, int from, List<ActorMention> sources) {
        return firstRoleOnly(a, from, sources, false);
    }

    /** As {@link #firstRoleOnly(SentenceAnalysis, int, List)}, a relative clause ending the clause when asked. */
    static List<ActorMention> firstRoleOnly(SentenceAnalysis a, int from, List<ActorMention> sources,
                                            boolean relativeEnds) {
        for (ActorMention m : a.actors()) {
            if (m.start() < from || byAfterParticiple(a, m)) {
                continue;
            }
            if (Clauses.breakBetween(a, from - 1, m.start()) || Clauses.commaBetween(a, from - 1, m.start())
                    || relativeEnds && Clauses.relativeBetween(a, from - 1, m.start())) {
                return List.of();
            }
            if (m.agentOnly() && (sources.isEmpty() || m.group() != sources.get(0).group()) && !EQUIPMENT.contains(a.key(m.end() - 1))
                    && !OWN.contains(a.key(m.start() - 1))) {
                return Arguments.group(a, m);
            }
        }
        return List.of();
    }

    /** Role words that name equipment ("received F-16 fighter jets"): things, never a role-only target. */
    private static final Set<String> EQUIPMENT = Set.of("JETS", "WARPLANES", "WARSHIP", "WARSHIPS", "TANK", "TANKS",
            "ARTILLERY", "FLEET", "UNIT");
    /** "withdrew its fighters": a role word owned by a possessive pronoun belongs to the subject. */
    private static final Set<String> OWN = Set.of("ITS", "THEIR", "HIS", "HER", "OUR");

    private static boolean sameCode(ActorMention m, List<ActorMention> sources) {
        for (ActorMention s : sources) {
            if (s.code().equals(m.code())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actor inside the object phrase that a passive puts before its verb ("new sanctions against Russia
     * were announced"): the first actor within eight tokens before the verb, in the same clause, prepositional
     * phrases included, that is not one of the sources.
     */
    static List<ActorMention> inFrontedObject(SentenceAnalysis a, int verb, List<ActorMention> sources) {
        // the leftmost such actor: the head of the object ("the civilians imprisoned for acting against Moscow
        // were released" frees the civilians, not Moscow)
        for (ActorMention m : a.actors()) {
            if (m.end() > verb) {
                break;
            }
            if (m.end() < verb - 8 || Clauses.breakBetween(a, m.end() - 1, verb) || Clauses.commaBetween(a, m.end() - 1, verb)
                    || !sources.isEmpty() && (m.group() == sources.get(0).group() || sameCode(m, sources))) {
                continue;
            }
            return Arguments.group(a, m);
        }
        return List.of();
    }

    /**
     * "alleged that France was aware ..., and that the French military ... took part": the subject of a further
     * "that" clause joined by "and" is a further object of the same speech verb. Returns its group, or none.
     */
    static List<ActorMention> furtherThat(SentenceAnalysis a, ActorMention first) {
        if (!a.key(first.start() - 1).equals("THAT")) {
            return List.of();
        }
        for (int k = first.end(); k + 1 < a.tokens().size(); k++) {
            String w = a.key(k);
            if (Words.CLAUSE_BREAKS.contains(w) && !w.equals("BUT")) {
                return List.of();
            }
            if (w.equals("AND") && a.key(k + 1).equals("THAT")) {
                int j = a.key(k + 2).equals("THE") ? k + 3 : k + 2;
                ActorMention m = a.actorAt(j);
                return m != null && m.start() == j && m.group() != first.group() ? Arguments.group(a, m) : List.of();
            }
        }
        return List.of();
    }

    /** The first mention of {@code m}'s compound group ("the United States" of "... by the United States and France"). */
    private static ActorMention firstOfGroup(SentenceAnalysis a, ActorMention m) {
        for (ActorMention o : a.actors()) {
            if (o.group() == m.group()) {
                return o;
            }
        }
        return m;
    }

    /**
     * "convicted Sarkozy of conspiracy over Libyan funding", "denounced the sanctions over Xinjiang": a demonym or place
     * after "over" names what the act is about, not whom it is against.
     */
    private static boolean topic(SentenceAnalysis a, ActorMention m, int preposition) {
        // (a possessive names an owner who may be the one acted against: "sanctions over Iran's nuclear programme")
        return a.key(preposition).equals("OVER") && !m.agentOnly() && m.code().length() == 3 && !a.key(m.end()).equals("'S");
    }

    /** "a ceasefire brokered by Egypt": the actor of a reduced passive belongs to that participle. */
    private static boolean byAfterParticiple(SentenceAnalysis a, ActorMention m) {
        int by = a.key(m.start() - 1).equals("THE") ? m.start() - 2 : m.start() - 1;
        if (!a.key(by).equals("BY")) {
            return false;
        }
        for (VerbMention v : a.verbs()) {
            if (v.end() == by && v.forms().stream().anyMatch(f -> f.participle())) {
                return true;
            }
        }
        return false;
    }

    private VerbObjects() {
    }
}
