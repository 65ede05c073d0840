package org.mizan.coder.stage;

import java.util.List;
import java.util.Set;

/**
 * Finds a verb's subject: the nearest actor before it that is not inside a prepositional phrase, the noun a
 * relative clause or an insertion hangs on, the speaker a pronoun stands for, or who stands behind a document.
 */
final class Subjects {

    private static final Set<String> QUANTITIES = Set.of("THOUSANDS", "HUNDREDS", "DOZENS", "MILLIONS", "SCORES",
            "TENS", "MANY", "SOME", "GROUP", "GROUPS", "MEMBERS", "CROWDS", "HUNDRED", "THOUSAND", "MOST", "ALL",
            "SUPPORTERS", "FOLLOWERS", "LOYALISTS");

    private static final Set<String> PRONOUNS = Set.of("HE", "SHE", "THEY", "WE", "I", "YOU");

    /** The nearest actor group before {@code verb} that is not inside a prepositional phrase. */
    static List<ActorMention> nearestLeft(SentenceAnalysis a, int verb) {
        List<ActorMention> ms = a.actors();
        for (int k = ms.size() - 1; k >= 0; k--) {
            ActorMention m = ms.get(k);
            if (m.end() > verb) {
                continue;
            }
            if (Clauses.breakBetween(a, m.end() - 1, verb) || Clauses.complementBetween(a, m.end() - 1, verb)) {
                return List.of();
            }
            String prev = a.keyBefore(m.start());
            if (Words.PREPOSITIONS.contains(prev) && !firstOfGroupPreposition(a, m) && !quantity(a, m) && !leader(a, m)) {
                continue;
            }
            return Arguments.group(a, m);
        }
        return List.of();
    }

    /** "a delegation led by US Undersecretary X visited": the leader stands for the delegation. */
    private static boolean leader(SentenceAnalysis a, ActorMention m) {
        String by = a.key(m.start() - 1);
        String verb = a.key(m.start() - 2);
        return by.equals("BY") && (verb.equals("LED") || verb.equals("HEADED") || verb.equals("CHAIRED"));
    }

    /**
     * True when the mention is a place after "in", "at" or "near" that follows a common noun ("a hotel complex in
     * Nairobi"): a relative clause right after it hangs on that noun.
     */
    private static boolean placeOfCommonNoun(SentenceAnalysis a, ActorMention m) {
        if (!Places.place(a, m)) {
            return false;
        }
        int noun = a.key(m.start() - 1).equals("THE") ? m.start() - 3 : m.start() - 2;
        return noun >= 0 && a.actorAt(noun) == null && !a.tokens().get(noun).capitalised()
                && !a.tokens().get(noun).punctuation() && !Clauses.verbAt(a, noun) && !PRONOUNS.contains(a.key(noun));
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
            if (s >= 0 && Clauses.SPEECH.contains(a.key(s))) {
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
                if (m != null && placeOfCommonNoun(a, m)) {
                    return List.of(); // "a hotel complex in Nairobi that killed 21": the hotel's attack, not Kenya's
                }
                if (m != null) {
                    return Arguments.group(a, m);
                }
                if (a.tokens().get(j).capitalised() || a.tokens().get(j).punctuation() || Clauses.verbAt(a, j)) {
                    break;
                }
            }
            // "an inquiry into the train collision in Odisha that killed 300", "a roadside bomb that hit a convoy": the
            // clause hangs on a common noun (past a place phrase), which is no actor, so no actor further left is its
            // subject
            int head = end - 1;
            if (head >= 2 && a.actorAt(head) == null && a.tokens().get(head).capitalised()
                    && Words.PREPOSITIONS.contains(a.key(head - 1))) {
                head -= 2;
            }
            // ("noted that + regretted": "that" after a verb, known or not, opens a reported clause)
            boolean complement = w.equals("THAT") && (a.key(head).endsWith("ED") || Clauses.SPEECH.contains(a.key(head)));
            if (head >= 0 && !complement && a.actorAt(head) == null && !a.tokens().get(head).capitalised()
                    && !a.tokens().get(head).punctuation() && !Clauses.verbAt(a, head) && !PRONOUNS.contains(a.key(head))) {
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
            String before = a.keyBefore(m.start());
            if (Words.PREPOSITIONS.contains(before)) {
                return List.of();
            }
            String first = a.key(c + 1);
            boolean relative = first.equals("WHICH") || first.equals("WHO");
            boolean verbless = true;
            for (VerbMention v : a.verbs()) {
                verbless &= v.start() <= c || v.start() >= comma;
            }
            return relative || verbless ? Arguments.group(a, m) : List.of();
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
                    return m.agentOnly() ? List.of() : Arguments.group(a, m);
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
                String prev = a.keyBefore(o.start());
                return !Words.PREPOSITIONS.contains(prev);
            }
        }
        return false;
    }

    private Subjects() {
    }
}
