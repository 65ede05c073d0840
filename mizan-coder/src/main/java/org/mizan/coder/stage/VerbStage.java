package org.mizan.coder.stage;

import java.util.List;
import org.mizan.coder.dict.PhraseTrie;
import org.mizan.coder.dict.VerbDictionary;
import org.mizan.coder.dict.VerbForm;
import org.mizan.coder.text.Token;

/**
 * Finds the verbs of a sentence (longest dictionary form outside actor names) and reads their context:
 * passive voice ("was attacked"), negation ("did not attack", "refused to attack"), modality ("will visit"
 * is an intention, "could attack" a hypothesis, a question is a question), infinitives ("agreed to
 * visit") and coordination ("attacked X and killed Y").
 *
 * <p>A form right after a determiner or possessive ("an attack", "Pakistan's visit"), or where its neighbours
 * want a noun ({@link NounContext}), is read as a noun and skipped. The context is the run of auxiliaries,
 * adverbs and negations just before the verb, so the cost is a trie walk per token plus a few look-backs.
 */
public final class VerbStage implements Stage {

    /** Modal auxiliaries are never the event's verb, whatever a dictionary says. */
    private static final java.util.Set<String> MODALS = java.util.Set.of("SHOULD", "WOULD", "COULD", "MIGHT", "MAY",
            "MUST", "CAN", "WILL", "SHALL", "CANNOT", "OUGHT");
    private static final java.util.Set<String> GERUND_PREPOSITIONS = java.util.Set.of("AGAINST", "ABOUT", "WITHOUT",
            "OF", "FROM", "ON", "BEFORE", "INSTEAD", "DESPITE");
    private static final java.util.Set<String> CONDITIONS = java.util.Set.of("IF", "UNLESS", "WHETHER", "WHENEVER");

    private final VerbDictionary verbs;

    public VerbStage(VerbDictionary verbs) {
        this.verbs = verbs;
    }

    @Override
    public void apply(SentenceAnalysis a) {
        List<Token> t = a.tokens();
        boolean question = !t.isEmpty() && t.get(t.size() - 1).key().equals("?");
        int i = 0;
        while (i < t.size()) {
            // after a determiner only a noun can start (and only when the dictionary has one starting so)
            // "Saudi-led", "Iranian-backed": a participle joined to a name describes what follows it
            if (a.actorAt(i) != null || MODALS.contains(a.key(i)) || a.key(i - 1).equals("-")
                    || Words.DETERMINERS.contains(a.key(i - 1)) && !verbs.startsNoun(a.key(i))) {
                i++;
                continue;
            }
            PhraseTrie.Match<VerbForm> m = verbs.forms().longest(a.wordIds(verbs.forms().vocabulary()), i, false);
            if (m == null) {
                i++;
                continue;
            }
            // a noun reading where the context wants a noun ("the negotiations with the IMF") or the form is
            // only a noun; a verb reading otherwise
            // (a sentence opening with a form that can be a noun opens with the noun: "Talks between X and Y resumed")
            boolean nounContext = Words.DETERMINERS.contains(a.key(i - 1)) || i == 0 || NounContext.looksLikeNoun(a, m);
            List<VerbForm> nouns = nounForms(m.values(), true);
            List<VerbForm> forms = nounContext || nouns.size() == m.values().size() ? nouns
                    : nounForms(m.values(), false);
            if (forms.isEmpty()) {
                i++;
                continue;
            }
            PhraseTrie.Match<VerbForm> chosen = forms.size() == m.values().size() ? m
                    : new PhraseTrie.Match<>(m.start(), m.end(), forms, m.fuzzy());
            a.verbs().add(read(a, chosen, question));
            i = m.end();
        }
    }

    private static List<VerbForm> nounForms(List<VerbForm> forms, boolean noun) {
        // called at every verb form found: a plain loop, and no copy when all forms agree
        int same = 0;
        for (VerbForm f : forms) {
            same += f.noun() == noun ? 1 : 0;
        }
        if (same == forms.size()) {
            return forms;
        }
        List<VerbForm> out = new java.util.ArrayList<>(same);
        for (VerbForm f : forms) {
            if (f.noun() == noun) {
                out.add(f);
            }
        }
        return List.copyOf(out);
    }

    private static VerbMention read(SentenceAnalysis a, PhraseTrie.Match<VerbForm> m, boolean question) {
        int i = m.start();
        boolean participle = m.values().stream().anyMatch(VerbForm::participle);
        boolean passive = false;
        boolean negated = false;
        boolean future = false;
        boolean hypothetical = false;
        boolean infinitive = false;
        int k = i - 1;
        // walk back over the auxiliary chain: "has not yet been", "will be", "is to"
        while (k >= 0 && k >= i - 5) {
            String w = a.key(k);
            if (Words.NEGATIONS.contains(w)) {
                negated = true;
            } else if (Words.FUTURE.contains(w)) {
                future = true;
            } else if (Words.HYPOTHETICAL.contains(w) && !w.equals("IF")) {
                // "said it would provide": the future of reported speech, an intention
                if (w.equals("WOULD") && afterSpeech(a, k)) {
                    future = true;
                } else {
                    hypothetical = true;
                }
            } else if (Words.BE.contains(w) && participle && !infinitive) {
                passive = true;
            } else if (w.equals("TO")) {
                infinitive = true;
                // "hoped eventually to buy": an adverb between the verb and "to"
                String before = a.key(k - 1);
                if (before.endsWith("LY") && !Words.NEGATING_VERBS.contains(before) && !Words.INTENT_VERBS.contains(before)) {
                    before = a.key(k - 2);
                }
                if (Words.NEGATING_VERBS.contains(before)) {
                    negated = true;
                } else if (ATTEMPTING.contains(before)) {
                    hypothetical = true; // "tried to assassinate": attempted, not done (the attempt is its own event)
                } else if (Words.INTENT_VERBS.contains(before)) {
                    future = true;
                } else if (DOING_MORE.contains(before)) {
                    // "Europe should do more to help Ukraine": the infinitive is as hypothetical as the modal before it
                    for (int j = k - 2; j >= 0 && j >= k - 4 && !a.tokens().get(j).punctuation(); j--) {
                        if (Words.HYPOTHETICAL.contains(a.key(j)) && !a.key(j).equals("IF")) {
                            hypothetical = true;
                        }
                    }
                }
            } else if (!Words.AUX.contains(w) && !w.endsWith("LY")) {
                break;
            }
            k--;
        }
        // "a diplomat accused of spying": a participle right after its noun is a passive without "was"
        if (participle && !passive && a.actorAt(i - 1) != null && REDUCED_PASSIVE.contains(a.key(m.end()))
                && !a.verbs().isEmpty() && a.actorAt(i - 1).start() > a.verbs().get(a.verbs().size() - 1).start()) {
            passive = true;
        }
        // "two men convicted of blasphemy": a participle with "of" or "for" after a common noun describes it (one with
        // "by" is read as its own passive: "a proposal made by Moscow")
        if (participle && !passive && (a.key(m.end()).equals("OF") || a.key(m.end()).equals("FOR")) && i > 0
                && describesNoun(a, i - 1)
                && a.actorAt(i - 1) == null) {
            hypothetical = true;
        }
        // "talks suspended since 2019", "a plane impounded at Buenos Aires airport", "cadets captured near Tikrit": a past
        // participle after the object of an earlier verb, with a place or time phrase, describes that object
        if (participle && !passive && !a.key(i).endsWith("ING") && i > 0 && PLACE_OR_TIME.contains(a.key(m.end()))
                && !Words.AUX.contains(a.key(i - 1)) && objectOfEarlierVerb(a, i - 1)) {
            hypothetical = true;
        }
        if (FURNISHED.contains(a.key(i)) && a.key(m.end()).equals("WITH")) {
            hypothetical = true;
        }
        // "a resolution condemning X": an -ing form right after a common noun describes that noun
        if (a.key(i).endsWith("ING") && i > 0 && describesNoun(a, i - 1)) {
            hypothetical = true;
        }
        // "there were ten soldiers killed in Ukraine": after "there is/were" the participle is passive
        if (participle && !passive && a.actorAt(i - 1) != null && existential(a, a.actorAt(i - 1).start())) {
            passive = true;
        }
        // "a ceasefire brokered by Egypt": a participle with its "by" phrase is passive without "was"
        if (participle && !passive && a.key(m.end()).equals("BY") && !Words.AUX.contains(a.key(i - 1))
                && (a.actorAt(m.end() + 1) != null || a.actorAt(m.end() + 2) != null)) {
            passive = true;
        }
        // "struck Kyiv, killing three": a participle clause shares the main verb's subject
        boolean participleClause = a.key(i).endsWith("ING") && a.key(i - 1).equals(",");
        boolean coordinated = participleClause || a.key(k).equals("AND") || a.key(k).equals("BUT") || a.key(k).equals("THEN");
        hypothetical = hypothetical || clauseHas(a, i, CONDITIONS);
        // "accused X of supplying arms", "denied that it was supplying arms": alleged, not established
        if (reportedAsAllegation(a, i)) {
            hypothetical = true;
        }
        // "is pressuring Obama to help Iran", "wants Putin to attack": the infinitive after a verb's object is
        // what the subject asks of the object, not an act
        if (a.key(i - 1).equals("TO") && a.actorAt(i - 2) != null) {
            int object = a.actorAt(i - 2).start();
            int asker = a.key(object - 1).equals("THE") ? object - 2 : object - 1;
            if (ASKING.contains(a.key(asker))
                    || !a.verbs().isEmpty() && a.verbs().get(a.verbs().size() - 1).end() == asker + 1) {
                hypothetical = true;
            }
        }
        // "demanded that Armenia amend its constitution": what is demanded of the object is not done
        if (i > 0 && a.actorAt(i - 1) != null) {
            int subj = a.actorAt(i - 1).start();
            int that = a.key(subj - 1).equals("THE") ? subj - 2 : subj - 1;
            if (a.key(that).equals("THAT") && DEMANDING.contains(a.key(that - 1))) {
                hypothetical = true;
            }
        }
        // "the right to defend itself", "an effort to broker": an infinitive after a noun is not an act
        if (a.key(i - 1).equals("TO") && NOUNS_BEFORE_TO.contains(a.key(i - 2))) {
            hypothetical = true;
        }
        // "has never acknowledged supplying drones": the act admitted by a negated admission is not established
        if (a.key(i).endsWith("ING") && !a.verbs().isEmpty()) {
            VerbMention prev = a.verbs().get(a.verbs().size() - 1);
            if (prev.end() == i && prev.negated() && ADMITTING.contains(a.key(prev.start()))) {
                negated = true;
            }
            // "is considering sending troops": the act weighed is an option (014), not done
            if (prev.end() == i && DELIBERATING.contains(a.key(prev.start()))) {
                hypothetical = true;
            }
        }
        // "warned against sending troops": an act under a preposition is talked about, not done
        if (a.key(i).endsWith("ING") && GERUND_PREPOSITIONS.contains(a.key(i - 1))) {
            hypothetical = true;
        }
        VerbMention.Modality mod = question ? VerbMention.Modality.QUESTION
                : hypothetical ? VerbMention.Modality.HYPOTHETICAL
                : future ? VerbMention.Modality.INTENT : VerbMention.Modality.FACT;
        return new VerbMention(i, m.end(), m.values(), passive, negated, mod, infinitive, coordinated);
    }

    private static final java.util.Set<String> NOUNS_BEFORE_TO = java.util.Set.of("RIGHT", "ABILITY", "EFFORT",
            "EFFORTS", "ATTEMPT", "ATTEMPTS", "BID", "WILLINGNESS", "READINESS", "CHANCE", "NEED", "WAY", "TIME",
            "DECISION", "PLAN", "PLANS", "PROPOSAL", "OFFER", "DEAL", "AGREEMENT", "ACCORD", "PACT", "TREATY", "CAPACITY", "POWER", "OPPORTUNITY", "DESIRE", "FREEDOM",
            "AUTHORITY", "MANDATE", "CALLS", "CALL", "DEMAND", "DEMANDS", "REFUSAL", "THREAT", "THREATS");
    private static final java.util.Set<String> SPEECH = java.util.Set.of("SAID", "SAYS", "SAY", "ANNOUNCED",
            "STATED", "ANNOUNCES", "INDICATED", "CONFIRMED", "ADDED", "TOLD", "DECLARED", "INSISTED", "REPORTED");

    /** Verbs that ask something of their object ("wants Putin to", "urged Iran to"), known or not as events. */
    private static final java.util.Set<String> ASKING = java.util.Set.of("WANT", "WANTS", "WANTED", "ASK", "ASKS",
            "ASKED", "URGE", "URGES", "URGED", "TELL", "TELLS", "TOLD", "PRESS", "PRESSED", "PRESSING", "PRESSURE",
            "PRESSURED", "PRESSURING", "ENCOURAGE", "ENCOURAGED", "ENCOURAGES", "EXPECT", "EXPECTS", "EXPECTED",
            "CALLED", "URGING", "ASKING");
    private static final java.util.Set<String> ATTEMPTING = java.util.Set.of("TRY", "TRIES", "TRIED", "TRYING",
            "ATTEMPT", "ATTEMPTS", "ATTEMPTED", "ATTEMPTING");
    private static final java.util.Set<String> ADMITTING = java.util.Set.of("ACKNOWLEDGE", "ACKNOWLEDGED",
            "ACKNOWLEDGES", "ADMIT", "ADMITTED", "ADMITS", "CONFIRM", "CONFIRMED", "CONFIRMS");
    /** Words between a modal's "do" and an infinitive: "should do more to help", "must do everything to". */
    private static final java.util.Set<String> DOING_MORE = java.util.Set.of("MORE", "EVERYTHING", "ALL", "ENOUGH",
            "LESS", "WHATEVER");
    /** Verbs whose "that" clause says what should be done ("demanded that X withdraw"), not what was. */
    private static final java.util.Set<String> DEMANDING = java.util.Set.of("DEMAND", "DEMANDS", "DEMANDED",
            "DEMANDING", "INSIST", "INSISTS", "INSISTED", "INSISTING", "URGE", "URGES", "URGED", "ASKED", "ASKS",
            "PROPOSE", "PROPOSES", "PROPOSED", "REQUEST", "REQUESTS", "REQUESTED", "RECOMMEND", "RECOMMENDS",
            "RECOMMENDED", "SUGGESTED", "SUGGESTS");
    /** Verbs that weigh the act their gerund names: "is considering sending troops". */
    private static final java.util.Set<String> DELIBERATING = java.util.Set.of("CONSIDER", "CONSIDERS", "CONSIDERED",
            "CONSIDERING", "WEIGH", "WEIGHS", "WEIGHED", "WEIGHING", "MULL", "MULLS", "MULLED", "MULLING",
            "CONTEMPLATE", "CONTEMPLATES", "CONTEMPLATED", "CONTEMPLATING");
    private static final java.util.Set<String> REDUCED_PASSIVE = java.util.Set.of("OF", "FOR", "BY");
    /** Words opening a place or time phrase after a participle that describes a noun ("held since 2019"). */
    private static final java.util.Set<String> PLACE_OR_TIME = java.util.Set.of("SINCE", "AT", "NEAR", "DURING", "IN",
            "LAST", "EARLIER", "OFF");

    /**
     * True when the word at {@code k} ends a noun phrase that an earlier verb of the same clause governs: a common noun
     * or a mention after that verb, with no speech verb, "that", comma or clause break between ("Russia said Ukrainian
     * forces attacked in Kursk" is a report, its verb no participle).
     */
    private static boolean objectOfEarlierVerb(SentenceAnalysis a, int k) {
        // "peace negotiations suspended since 2019": the noun may be a verb's noun reading
        boolean noun = a.verbs().stream().anyMatch(v -> v.start() <= k && k < v.end()
                && v.forms().stream().allMatch(VerbForm::noun)) && !a.tokens().get(k).capitalised();
        if (!describesNoun(a, k) && a.actorAt(k) == null && !noun) {
            return false;
        }
        for (int v = a.verbs().size() - 1; v >= 0; v--) {
            VerbMention prev = a.verbs().get(v);
            if (prev.end() > k) {
                continue;
            }
            if (SPEECH.contains(a.key(prev.start()))) {
                return false;
            }
            for (int t = prev.end(); t <= k; t++) {
                String w = a.key(t);
                if (Words.CLAUSE_BREAKS.contains(w) || w.equals(",") || w.equals("THAT") || w.equals("AND")
                        || Words.BE.contains(w) || w.equals("HAS") || w.equals("HAVE") || w.equals("HAD")) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
    /** Participles that with "with" describe what they follow: "gunmen armed with rifles". */
    private static final java.util.Set<String> FURNISHED = java.util.Set.of("ARMED", "EQUIPPED", "LADEN", "LOADED",
            "PACKED", "FILLED");

    /** "there were (10) ACTOR": the actor opens an existential sentence. */
    private static boolean existential(SentenceAnalysis a, int actor) {
        int k = actor - 1;
        while (k >= 0 && (Words.NUMBERS.contains(a.key(k)) || !a.key(k).isEmpty() && Character.isDigit(a.key(k).charAt(0)))) {
            k--;
        }
        return Words.BE.contains(a.key(k)) && a.key(k - 1).equals("THERE");
    }

    private static boolean afterSpeech(SentenceAnalysis a, int would) {
        for (int k = would - 1; k >= 0 && k >= would - 6; k--) {
            if (SPEECH.contains(a.key(k))) {
                return true;
            }
            if (a.key(k).equals("IF") || a.key(k).equals("UNLESS")) {
                return false;
            }
        }
        return false;
    }

    private static boolean describesNoun(SentenceAnalysis a, int k) {
        Token t = a.tokens().get(k);
        String w = t.key();
        return !t.capitalised() && !t.punctuation() && a.actorAt(k) == null && !Words.AUX.contains(w)
                && !w.endsWith("LY") && !Words.CONJUNCTIONS.contains(w) && !Words.NEGATIONS.contains(w)
                && !Words.CLAUSE_BREAKS.contains(w) && !w.equals("THAT") && !w.equals("BY")
                && !Character.isDigit(w.charAt(0))
                && a.verbs().stream().noneMatch(v -> v.start() <= k && k < v.end());
    }

    /** True when an accusing or denying verb earlier in the sentence governs this one. */
    private static boolean reportedAsAllegation(SentenceAnalysis a, int verb) {
        for (int v = a.verbs().size() - 1; v >= 0; v--) {
            VerbMention prev = a.verbs().get(v);
            String k = a.key(prev.start());
            if (k.startsWith("ACCUS") || k.startsWith("ALLEG") || k.startsWith("DENI") || k.startsWith("DENY")) {
                for (int t = prev.end(); t < verb; t++) {
                    if (Words.CLAUSE_BREAKS.contains(a.key(t)) || a.key(t).equals(",")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** True when a word of {@code set} occurs earlier in the verb's clause. */
    private static boolean clauseHas(SentenceAnalysis a, int verb, java.util.Set<String> set) {
        for (int k = verb - 1; k >= 0; k--) {
            String w = a.key(k);
            if (set.contains(w)) {
                return true;
            }
            if (w.equals(";") || w.equals(".")) {
                return false;
            }
        }
        return false;
    }
}
