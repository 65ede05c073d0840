package org.mizan.coder.stage;

import java.util.Set;

/** Closed-class English words the stages reason with: determiners, auxiliaries, clause boundaries. */
final class Words {

    static final Set<String> DETERMINERS = Set.of("A", "AN", "THE", "ITS", "THEIR", "HIS", "HER", "OUR", "MY",
            "YOUR", "THIS", "THESE", "THOSE", "EVERY", "EACH", "ANY", "SOME", "'S", "ANOTHER", "SUCH", "WHOSE");
    static final Set<String> BE = Set.of("IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "GET", "GETS", "GOT",
            "GOTTEN", "'S", "'RE");
    static final Set<String> AUX = Set.of("HAS", "HAVE", "HAD", "HAVING", "DO", "DOES", "DID", "WILL", "WOULD",
            "SHALL", "SHOULD", "CAN", "COULD", "MAY", "MIGHT", "MUST", "IS", "ARE", "WAS", "WERE", "BE", "BEEN",
            "BEING", "'LL", "'D", "TO", "ALSO", "THEN", "REPORTEDLY", "ALLEGEDLY", "JUST", "ALREADY", "STILL",
            "LATER", "EARLIER", "FINALLY", "NOW", "AGAIN", "ONCE", "YET", "EVEN", "RECENTLY", "JOINTLY", "FORMALLY",
            "OFFICIALLY", "PUBLICLY", "STRONGLY", "SHARPLY", "FIRMLY", "REPEATEDLY", "ABOUT", "GOING", "SET");
    static final Set<String> NEGATIONS = Set.of("NOT", "N'T", "NEVER", "NO", "NEITHER", "NOR", "CANNOT");
    static final Set<String> NEGATING_VERBS = Set.of("REFUSED", "REFUSES", "REFUSE", "DECLINED", "DECLINES",
            "DECLINE", "FAILED", "FAILS", "FAIL", "DENIED", "DENIES", "DENY", "REJECTED", "AVOIDED", "UNLIKELY", "UNABLE");
    static final Set<String> FUTURE = Set.of("WILL", "SHALL", "'LL");
    static final Set<String> INTENT_VERBS = Set.of("PLANS", "PLANNED", "PLAN", "PLANNING", "INTENDS", "INTEND",
            "INTENDED", "EXPECTED", "SCHEDULED", "SET", "GOING", "PREPARING", "PREPARES", "HOPES", "HOPE", "WANTS",
            "WANT", "WANTED", "AIMS", "AIM", "AIMING", "SEEKS", "SEEK", "SEEKING", "SOUGHT", "HOPING",
            "WANTING", "INTENDING", "HOPED", "VOWED", "VOWS", "PLEDGED", "PLEDGES",
            "PROMISED", "PROMISES", "AGREED", "AGREES", "AGREE", "THREATENED", "THREATENS", "OFFERED", "OFFERS", "PROPOSED", "PROPOSES",
            "READY", "WILLING", "PREPARED", "POISED", "EAGER", "KEEN", "ABOUT", "DUE", "LIKELY", "EXPECTS", "EXPECT", "TO", "IS", "ARE", "WAS", "WERE", "BE");
    /** Not a fact: possibility, condition, obligation ("Russia must withdraw", "Europe should do more"). */
    static final Set<String> HYPOTHETICAL = Set.of("WOULD", "COULD", "MIGHT", "MAY", "SHOULD", "IF", "UNLESS",
            "WHETHER", "'D", "POSSIBLY", "PERHAPS", "MAYBE", "CAN", "MUST");
    static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "WHO", "WHICH", "WHILE", "WHEREAS", "BUT",
            "BECAUSE", "ALTHOUGH", "THOUGH", "WHEN", "IF", "UNLESS", "WHERE", "WHOM", "(", ")", "\"", "--");
    static final Set<String> CONJUNCTIONS = Set.of("AND", ",", "OR", "&");
    static final Set<String> OF = Set.of("OF", "FROM", "IN", "FOR", "AT");
    /** Counts before a noun: "two strikes", "dozens of arrests". */
    static final Set<String> NUMBERS = Set.of("TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN",
            "DOZENS", "HUNDREDS", "THOUSANDS", "SEVERAL", "MANY", "FEW", "SOME");
    static final Set<String> PREPOSITIONS = Set.of("IN", "AT", "ON", "WITH", "TO", "FOR", "BY", "AGAINST", "INTO",
            "NEAR", "FROM", "OF", "OVER", "ABOUT", "TOWARD", "TOWARDS", "BETWEEN", "AMONG", "ACROSS", "THROUGH",
            "DURING", "UNDER", "INSIDE", "OUTSIDE", "AROUND");
    /** Nouns that make a place name part of a longer name: "the Doha Agreement", "the Astana process". */
    static final Set<String> NAMED_AFTER_PLACE = Set.of("AGREEMENT", "AGREEMENTS", "ACCORD", "ACCORDS", "PROCESS",
            "DECLARATION", "SUMMIT", "CONFERENCE", "FORMAT", "PROTOCOL", "CONVENTION", "CONVENTIONS", "TREATY",
            "DIALOGUE", "PACT", "AIRPORT", "UNIVERSITY", "STADIUM", "FORUM", "GROUP", "CHARTER", "INITIATIVE", "SEA", "OCEAN");

    /** Bodies of water named after a country: "the Sea of Japan", "the Gulf of Mexico". */
    static final Set<String> WATERS = Set.of("SEA", "GULF", "BAY", "STRAIT", "STRAITS", "OCEAN");

    private Words() {
    }
}
