package org.mizan.coder.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds a verb's arguments without a parse: its subject, its object, the "by" phrase of a passive, the
 * members of a compound, and the country of a role word ("police ... in Lahore").
 *
 * <p>The reasoning is over token positions, actor mentions and a few closed-class words: a subject is the
 * nearest actor before the verb that is not inside a prepositional phrase; an object is the first actor
 * after the verb before a clause boundary (";", "which", "but", "after", or a comma that opens a
 * participle or a new subject with its verb). Each helper is a pure function of the analysis; cost is
 * linear in the sentence.
 */
final class Arguments {

    private static final Set<String> PREPOSITIONS = Set.of("IN", "AT", "ON", "WITH", "TO", "FOR", "BY", "AGAINST",
            "INTO", "NEAR", "FROM", "OF", "OVER", "ABOUT", "TOWARD", "TOWARDS", "BETWEEN", "AMONG", "ACROSS",
            "THROUGH", "DURING", "UNDER", "INSIDE", "OUTSIDE", "AROUND");
    private static final Set<String> QUANTITIES = Set.of("THOUSANDS", "HUNDREDS", "DOZENS", "MILLIONS", "SCORES",
            "TENS", "MANY", "SOME", "GROUP", "GROUPS", "MEMBERS", "CROWDS", "HUNDRED", "THOUSAND", "MOST", "ALL",
            "SUPPORTERS", "FOLLOWERS", "LOYALISTS");
    private static final Set<String> PRONOUNS = Set.of("HE", "SHE", "THEY", "WE", "I", "YOU");
    private static final Set<String> SPEECH = Set.of("SAID", "SAYS", "SAY", "STATED", "ANNOUNCED", "ADDED",
            "DECLARED", "INSISTED", "CLAIMED", "ANNOUNCES", "STATES", "DECLARES", "WARNED", "WARNS", "PROMISED",
            "PLEDGED", "VOWED", "CONFIRMED", "TOLD", "REPLIED", "EXPLAINED", "NOTED", "STRESSED", "EMPHASISED",
            "EMPHASIZED");
    private static final Set<String> SUBORDINATORS = Set.of("AFTER", "BEFORE", "UNTIL", "SINCE", "AS", "ONCE");

    /**
     * A role-only actor placed by the sentence: "protesters rallied in Tel Aviv" are Israeli civilians,
     * "police fired tear gas at protesters in Lahore" Pakistani police, "the mayor of the northern West Bank
     * city of Nablus" a Palestinian official. The first "in/at/of PLACE" after the mention in its clause gives
     * the country; without one the actor stays unknown (null).
     */
    static ActorMention localise(SentenceAnalysis a, ActorMention m) {
        return localise(a, m, false);
    }

    /**
     * As {@link #localise(SentenceAnalysis, ActorMention)}; with {@code phraseOnly} the place must lie in the
     * role word's own phrase, before any "-ed" or "-ing" verb (PETRARCH's reading: "insurgents bombarded a part
     * of Syria" are not Syrian insurgents).
     */
    static ActorMention localise(SentenceAnalysis a, ActorMention m, boolean phraseOnly) {
        for (int k = m.end(); k < a.tokens().size(); k++) {
            String w = a.key(k);
            if (Words.CLAUSE_BREAKS.contains(w) || SUBORDINATORS.contains(w) || w.equals(",")
                    || phraseOnly && clearVerbAt(a, k)) {
                return null;
            }
            if (!w.equals("IN") && !w.equals("AT") && !w.equals("OF") && !w.equals("ACROSS")) {
                continue;
            }
            int j = k + 1;
            while (j < k + 4 && j < a.tokens().size() && a.actorAt(j) == null && !a.tokens().get(j).capitalised()) {
                j++; // "in northern Nigeria", "in the capital Kabul"
            }
            ActorMention place = a.actorAt(j);
            // the place may sit inside a mention built around this phrase ("police in the French city")
            if (place != null && !place.agentOnly() && (place.start() == j || place.start() < k && place.end() > j)
                    && place.code().length() >= 3
                    && !demonymBeforeNoun(a, place)
                    && org.mizan.core.actor.ActorCodes.isCountryLike(place.code().substring(0, 3))) {
                return new ActorMention(m.start(), m.end(), place.code().substring(0, 3) + m.code().substring(3),
                        m.name(), m.confidence() * 0.8, false, m.group());
            }
        }
        return null;
    }

    /**
     * An active verb that cannot be a noun: an "-ed" or "-ing" form ("bombarded", "helping"), not "state" or
     * "target". A passive verb does not end the phrase: "four children were killed in ... the Gaza Strip" were there.
     */
    private static boolean clearVerbAt(SentenceAnalysis a, int k) {
        if (!a.key(k).endsWith("ED") && !a.key(k).endsWith("ING")) {
            return false;
        }
        for (VerbMention v : a.verbs()) {
            if (v.start() == k) {
                // "in Israeli tank shelling": an -ing form describing a noun is that noun
                return !v.passive() && !(a.key(k).endsWith("ING") && v.modality() == VerbMention.Modality.HYPOTHETICAL);
            }
        }
        return false;
    }

    /** "in Israeli tank shelling": a phrase opened by a demonym and followed by a common noun describes the noun;
     * it is not a place. */
    private static boolean demonymBeforeNoun(SentenceAnalysis a, ActorMention place) {
        String name = a.key(place.start());
        if (place.end() >= a.tokens().size() || !(name.endsWith("I") || name.endsWith("AN") || name.endsWith("ESE")
                || name.endsWith("ISH"))) {
            return false;
        }
        org.mizan.coder.text.Token next = a.tokens().get(place.end());
        return !next.capitalised() && !next.punctuation() && !Words.PREPOSITIONS.contains(next.key())
                && !Words.CONJUNCTIONS.contains(next.key()) && !Words.AUX.contains(next.key())
                && !PLACE_NOUNS.contains(next.key());
    }

    /** Nouns after a demonym that still name a place: "in the French city of Nanterre", "the Rwandan capital". */
    private static final Set<String> PLACE_NOUNS = Set.of("CITY", "TOWN", "VILLAGE", "CAPITAL", "REGION", "PROVINCE",
            "STATE", "DISTRICT", "PORT", "COAST", "BORDER", "TERRITORY", "SIDE", "PART", "ISLAND", "ENCLAVE");

    /** The nearest actor group before {@code verb} that is not inside a prepositional phrase. */
    static List<ActorMention> nearestLeft(SentenceAnalysis a, int verb) {
        List<ActorMention> ms = a.actors();
        for (int k = ms.size() - 1; k >= 0; k--) {
            ActorMention m = ms.get(k);
            if (m.end() > verb) {
                continue;
            }
            if (breakBetween(a, m.end() - 1, verb) || complementBetween(a, m.end() - 1, verb)) {
                return List.of();
            }
            String prev = a.key(m.start() - 1).equals("THE") ? a.key(m.start() - 2) : a.key(m.start() - 1);
            if (PREPOSITIONS.contains(prev) && !firstOfGroupPreposition(a, m) && !quantity(a, m) && !leader(a, m)) {
                continue;
            }
            return group(a, m);
        }
        return List.of();
    }

    /**
     * True when a "that" opening a reported clause lies between the tokens with words of the clause before the
     * verb: in "MBS told Iranian President Raisi that the kingdom opposed the war", Raisi is not who opposed it. A
     * "that" after a verb or after the verb's object is a complementiser; after another noun it is a relative pronoun.
     */
    private static boolean complementBetween(SentenceAnalysis a, int from, int to) {
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

    /** "a delegation led by US Undersecretary X visited": the leader stands for the delegation. */
    private static boolean leader(SentenceAnalysis a, ActorMention m) {
        String by = a.key(m.start() - 1);
        String verb = a.key(m.start() - 2);
        return by.equals("BY") && (verb.equals("LED") || verb.equals("HEADED") || verb.equals("CHAIRED"));
    }

    /** The subject of a verb: in a relative clause ("Chollet, who met Zardari") the noun it hangs on. */
    static List<ActorMention> subject(SentenceAnalysis a, int verb) {
        int k = verb - 1;
        while (k >= 0 && (Words.AUX.contains(a.key(k)) || a.key(k).endsWith("LY"))) {
            k--;
        }
        String w = a.key(k);
        if (PRONOUNS.contains(w) && a.actorAt(k) == null) {
            // "Obama said he will attack Iraq": a pronoun opening reported speech is the speaker
            int s = a.key(k - 1).equals("THAT") ? k - 2 : k - 1;
            if (s >= 0 && SPEECH.contains(a.key(s))) {
                for (VerbMention v : a.verbs()) {
                    if (v.end() == s + 1) {
                        return subject(a, v.start());
                    }
                }
            }
            return List.of(); // "..., he said": the subject is the pronoun, not an actor further left
        }
        if (k > 0 && (w.equals("WHO") || w.equals("WHICH") || w.equals("THAT"))) {
            // "an investigation into Chinese hackers who breached ...": the noun the clause hangs on, even inside a
            // prepositional phrase
            int end = a.key(k - 1).equals(",") ? k - 1 : k;
            for (int j = end - 1; j >= 0 && j >= end - 2; j--) {
                ActorMention m = a.actorAt(j);
                if (m != null) {
                    return group(a, m);
                }
                if (a.tokens().get(j).capitalised() || a.tokens().get(j).punctuation() || verbAt(a, j)) {
                    break;
                }
            }
            // "an inquiry into the train collision in Odisha that killed 300", "a roadside bomb that hit a convoy": the
            // clause hangs on a common noun (past a place phrase), which is no actor, so no actor further left is its
            // subject
            int head = end - 1;
            if (head >= 2 && a.actorAt(head) == null && a.tokens().get(head).capitalised()
                    && PREPOSITIONS.contains(a.key(head - 1))) {
                head -= 2;
            }
            // ("noted that + regretted": "that" after a verb, known or not, opens a reported clause)
            boolean complement = w.equals("THAT") && (a.key(head).endsWith("ED") || SPEECH.contains(a.key(head)));
            if (head >= 0 && !complement && a.actorAt(head) == null && !a.tokens().get(head).capitalised()
                    && !a.tokens().get(head).punctuation() && !verbAt(a, head) && !PRONOUNS.contains(a.key(head))) {
                return List.of();
            }
            return nearestLeft(a, end);
        }
        if (w.equals(",")) {
            List<ActorMention> head = beforeInsertion(a, k);
            if (!head.isEmpty()) {
                return head;
            }
        }
        List<ActorMention> s = nearestLeft(a, verb);
        return s.isEmpty() ? documentSource(a, verb) : s;
    }

    /**
     * The actor before an insertion that ends at the comma {@code comma} right before a verb: a relative clause
     * ("Indonesia, which has no ties with Israel, praised ...") or an appositive without a verb ("The United States,
     * Ukraine's largest backer, delivered ..."). Empty when the comma closes nothing of the kind.
     */
    private static List<ActorMention> beforeInsertion(SentenceAnalysis a, int comma) {
        for (int c = comma - 1; c > 0 && c >= comma - 25; c--) {
            String w = a.key(c);
            if (Words.CLAUSE_BREAKS.contains(w) && !w.equals("WHO") && !w.equals("WHICH") || w.equals("\"")) {
                return List.of();
            }
            if (!w.equals(",")) {
                continue;
            }
            ActorMention m = a.actorAt(c - 1);
            if (m == null || m.end() != c || m.agentOnly()) {
                return List.of();
            }
            // "The US commander in Iraq, General David Petraeus, held talks": a place after a preposition only
            // qualifies the head before it
            String before = a.key(m.start() - 1).equals("THE") ? a.key(m.start() - 2) : a.key(m.start() - 1);
            if (PREPOSITIONS.contains(before)) {
                return List.of();
            }
            String first = a.key(c + 1);
            boolean relative = first.equals("WHICH") || first.equals("WHO");
            boolean verbless = true;
            for (VerbMention v : a.verbs()) {
                verbless &= v.start() <= c || v.start() >= comma;
            }
            return relative || verbless ? group(a, m) : List.of();
        }
        return List.of();
    }

    private static final Set<String> DOCUMENTS = Set.of("REPORT", "STATEMENT", "STUDY", "COMMUNIQUE", "COMMUNIQUÉ",
            "DOCUMENT", "DOSSIER", "RESOLUTION", "INQUIRY");

    /**
     * Who stands behind a document that is a verb's subject: "a report by Human Rights Watch accused ...", "a
     * 500-page report released Tuesday in the Rwandan capital alleged ..." (the country where it was released). The
     * document noun opens the clause; the actor is the first after "by", "from", "in" or "at" before the verb.
     */
    static List<ActorMention> documentSource(SentenceAnalysis a, int verb) {
        int start = verb - 1;
        while (start > 0 && !Words.CLAUSE_BREAKS.contains(a.key(start - 1))) {
            start--;
        }
        int doc = start;
        while (doc < verb && doc < start + 4 && !DOCUMENTS.contains(a.key(doc)) && a.actorAt(doc) == null
                && !a.tokens().get(doc).punctuation()) {
            doc++;
        }
        if (doc >= verb || !DOCUMENTS.contains(a.key(doc))) {
            return List.of();
        }
        for (int k = doc + 1; k < verb; k++) {
            String w = a.key(k);
            if (!w.equals("BY") && !w.equals("FROM") && !w.equals("IN") && !w.equals("AT")) {
                continue;
            }
            for (int j = k + 1; j < verb && j <= k + 3; j++) {
                ActorMention m = a.actorAt(j);
                if (m != null) {
                    return m.agentOnly() ? List.of() : group(a, m);
                }
            }
        }
        return List.of();
    }

    /** "thousands of Pakistanis", "dozens of soldiers": the "of" phrase is the subject itself. */
    private static boolean quantity(SentenceAnalysis a, ActorMention m) {
        if (!a.key(m.start() - 1).equals("OF")) {
            return false;
        }
        String q = a.key(m.start() - 2);
        return QUANTITIES.contains(q) || !q.isEmpty() && Character.isDigit(q.charAt(0));
    }

    /** A later member of a compound ("Gondor and Osgiliath") inherits the first member's position. */
    private static boolean firstOfGroupPreposition(SentenceAnalysis a, ActorMention m) {
        for (ActorMention o : a.actors()) {
            if (o.group() == m.group()) {
                String prev = a.key(o.start() - 1).equals("THE") ? a.key(o.start() - 2) : a.key(o.start() - 1);
                return !PREPOSITIONS.contains(prev);
            }
        }
        return false;
    }

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
            if (m.start() < from || !agentOnly && m.agentOnly() && localise(a, m) == null
                    || byAfterParticiple(a, firstOfGroup(a, m)) || !agentOnly && venue(a, m) && preposition > patternEnd
                    || !agentOnly && m.agentOnly() && OWN.contains(a.key(m.start() - 1))
                    || !agentOnly && homePlace(a, m, sources)) {
                continue;
            }
            if (breakBetween(a, from - 1, m.start()) || commaBetween(a, from - 1, m.start())
                    || relativeEnds && relativeBetween(a, from - 1, m.start())) {
                return List.of();
            }
            if (!sources.isEmpty() && (m.group() == sources.get(0).group() || sameCode(m, sources))) {
                continue;
            }
            return group(a, m);
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
            if (breakBetween(a, from - 1, m.start()) || commaBetween(a, from - 1, m.start())
                    || relativeEnds && relativeBetween(a, from - 1, m.start())) {
                return List.of();
            }
            if (m.agentOnly() && (sources.isEmpty() || m.group() != sources.get(0).group()) && !EQUIPMENT.contains(a.key(m.end() - 1))
                    && !OWN.contains(a.key(m.start() - 1))) {
                return group(a, m);
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
            if (m.end() < verb - 8 || breakBetween(a, m.end() - 1, verb) || commaBetween(a, m.end() - 1, verb)
                    || !sources.isEmpty() && (m.group() == sources.get(0).group() || sameCode(m, sources))) {
                continue;
            }
            return group(a, m);
        }
        return List.of();
    }

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
            if (Words.CLAUSE_BREAKS.contains(w) || SUBORDINATORS.contains(w) || w.equals(",")) {
                return List.of();
            }
            int j = a.key(k + 1).equals("THE") ? k + 2 : k + 1;
            ActorMention m = a.actorAt(j);
            if (m == null || m.start() != j || m.agentOnly()) {
                continue;
            }
            if (w.equals("FROM") || w.equals("IN") && demonymBeforeNoun(a, m)) {
                return group(a, m);
            }
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
                return m != null && m.start() == j && m.group() != first.group() ? group(a, m) : List.of();
            }
        }
        return List.of();
    }

    /** True when the actor follows "in", "at", "across" or "near" (after "the"): where something happened. */
    static boolean place(SentenceAnalysis a, ActorMention m) {
        String prev = a.key(m.start() - 1).equals("THE") ? a.key(m.start() - 2) : a.key(m.start() - 1);
        return prev.equals("IN") || prev.equals("AT") || prev.equals("ACROSS") || prev.equals("INSIDE")
                || prev.equals("NEAR");
    }

    /** A bare country that is a place of the sources' own country: "blocked a highway in Tel Aviv" (Israelis). */
    static boolean homePlace(SentenceAnalysis a, ActorMention m, List<ActorMention> sources) {
        if (m.code().length() != 3 || m.implied() || !place(a, m)) {
            return false;
        }
        for (ActorMention s : sources) {
            if (s.code().startsWith(m.code())) {
                return true;
            }
        }
        return false;
    }

    /** The actor a noun belongs to: "Pakistan's talks", "Pakistani negotiations", "the visit of Modi". */
    static List<ActorMention> owner(SentenceAnalysis a, VerbMention v) {
        int k = a.key(v.start() - 1).equals("'S") || a.key(v.start() - 1).equals("'") ? v.start() - 2 : v.start() - 1;
        ActorMention m = a.actorAt(k);
        if (m != null && m.end() == k + 1) {
            return group(a, m);
        }
        String w = a.key(v.end());
        if (w.equals("OF") || w.equals("BY")) {
            int j = a.key(v.end() + 1).equals("THE") ? v.end() + 2 : v.end() + 1;
            m = a.actorAt(j);
            if (m != null && m.start() == j) {
                return group(a, m);
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
                return group(a, m);
            }
        }
        return List.of();
    }

    static List<ActorMention> group(SentenceAnalysis a, ActorMention m) {
        List<ActorMention> out = new ArrayList<>(2);
        for (ActorMention o : a.actors()) {
            if (o.group() == m.group()) {
                out.add(o);
            }
        }
        return out;
    }

    /**
     * "signed a peace deal in Pretoria", "met in Moscow", "traded fire across Khartoum": a capital after "in", "at",
     * "across" or "around" is where it happened,
     * not who it happened to (the capital stands for its government only as a subject or object).
     */
    private static boolean venue(SentenceAnalysis a, ActorMention m) {
        String prev = a.key(m.start() - 1).equals("THE") ? a.key(m.start() - 2) : a.key(m.start() - 1);
        // "in Islamabad's fight against ...": a possessive capital is the government, not the venue
        return (prev.equals("IN") || prev.equals("AT") || prev.equals("ACROSS") || prev.equals("AROUND"))
                && m.end() - m.start() == 1 && m.code().length() == 6
                && m.code().endsWith("GOV") && !a.key(m.end()).equals("'S");
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

    /**
     * True when a comma between the two tokens opens a new clause: a participle clause ("..., killing
     * eight"), a relative clause, or a new subject with its verb ("..., a senior official said").
     */
    private static boolean commaBetween(SentenceAnalysis a, int from, int to) {
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

    private static boolean verbAt(SentenceAnalysis a, int k) {
        for (VerbMention v : a.verbs()) {
            if (v.start() == k) {
                return true;
            }
        }
        return false;
    }

    /** True when a clause boundary lies strictly between tokens {@code from} and {@code to}. */
    /**
     * True when a relative "that" with its verb lies between the tokens: "an inquiry into the collision that killed
     * 300 people" (the people are the collision's victims, not the inquiry's target). A "that" after a verb opens a
     * reported clause and is no relative.
     */
    private static boolean relativeBetween(SentenceAnalysis a, int from, int to) {
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

    static boolean breakBetween(SentenceAnalysis a, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String w = a.key(k);
            if (Words.CLAUSE_BREAKS.contains(w) || SUBORDINATORS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private Arguments() {
    }
}
