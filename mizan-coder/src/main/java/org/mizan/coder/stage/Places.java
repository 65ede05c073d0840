package org.mizan.coder.stage;

import java.util.List;
import java.util.Set;

/**
 * Reads place phrases: the country that "in/at/of/across PLACE" gives a role word, and an actor that is where
 * something happened rather than a party to it (a venue, a place of the source's own country).
 */
final class Places {

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
            // "in Kuriga, in Nigeria's Kaduna state": a place phrase after a comma narrows the place before it
            if (w.equals(",") && a.key(k + 1).equals("IN") && k > 0 && a.tokens().get(k - 1).capitalised()) {
                continue;
            }
            if (Words.CLAUSE_BREAKS.contains(w) || Clauses.SUBORDINATORS.contains(w) || w.equals(",")
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
    static boolean demonymBeforeNoun(SentenceAnalysis a, ActorMention place) {
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

    /** True when the actor follows "in", "at", "across" or "near" (after "the"): where something happened. */
    static boolean place(SentenceAnalysis a, ActorMention m) {
        String prev = a.keyBefore(m.start());
        return prev.equals("IN") || prev.equals("AT") || prev.equals("ACROSS") || prev.equals("INSIDE")
                || prev.equals("NEAR");
    }

    /**
     * "met on the sidelines of the BRICS summit", "on the margins of the UN General Assembly": the gathering is where
     * the meeting happened, not a party to it.
     */
    static boolean sidelines(SentenceAnalysis a, ActorMention m) {
        int of = a.key(m.start() - 1).equals("THE") ? m.start() - 2 : m.start() - 1;
        return a.key(of).equals("OF") && (a.key(of - 1).equals("SIDELINES") || a.key(of - 1).equals("MARGINS")
                || a.key(of - 1).equals("SIDELINE") || a.key(of - 1).equals("MARGIN"));
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

    /**
     * "signed a peace deal in Pretoria", "met in Moscow", "traded fire across Khartoum": a capital after "in", "at",
     * "across" or "around" is where it happened,
     * not who it happened to (the capital stands for its government only as a subject or object).
     */
    static boolean venue(SentenceAnalysis a, ActorMention m) {
        String prev = a.keyBefore(m.start());
        // "in Islamabad's fight against ...": a possessive capital is the government, not the venue
        return (prev.equals("IN") || prev.equals("AT") || prev.equals("ACROSS") || prev.equals("AROUND"))
                && m.end() - m.start() == 1 && m.code().length() == 6
                && m.code().endsWith("GOV") && !a.key(m.end()).equals("'S");
    }

    private Places() {
    }
}
