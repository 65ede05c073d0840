package org.mizan.coder.stage;

import java.util.ArrayList;
import java.util.List;
import org.mizan.coder.dict.PatternElement;
import org.mizan.coder.dict.VerbPattern;

/**
 * Turns verb mentions into events: picks the most specific matching pattern (else the verb's default
 * code, {@link Choice}), applies the {@link CodingRules} to negated, hypothetical, questioned and intended
 * verbs, and finds the source and target (with {@link Arguments}); {@link Emitter} adds the events.
 *
 * <p>Without a pattern slot, the source is the nearest actor before the verb that is not inside a
 * prepositional phrase (so in "X said Y attacked Z" the attack's source is Y), shared with the previous
 * verb when the verb is coordinated ("attacked X and killed Y"); the target is the first actor after the
 * verb in its clause. In the passive the grammatical subject is the target and the "by" phrase the source.
 * Compound actors give one event per member; a compound subject with no target gives events between its
 * members ("Gondor and Osgiliath renewed ties"). A verb in the infinitive after a verb that already gave
 * an event in the same clause ("signed an accord to supply") is not coded again. A reported use of force is
 * also the speaker's accusation or claim, and verbs framing others are read by {@link Chains}. A noun line of
 * the verb dictionary ("the negotiations with the IMF") codes a noun phrase ({@link NounEvents}), with
 * {@link Focus} standing in for an unwritten source. A verb dating an old event is background
 * ({@link Background}).
 */
public final class EventStage implements Stage {

    private final CodingRules rules;
    private final Emitter emitter;
    private final NounEvents nouns;

    public EventStage(CodingRules rules) {
        this.rules = rules;
        this.emitter = new Emitter(rules);
        this.nouns = new NounEvents(rules, emitter);
    }

    @Override
    public void apply(SentenceAnalysis a) {
        if (a.discard() != null) {
            return;
        }
        int consumed = -1;
        List<ActorMention> lastSources = List.of();
        int lastEventVerb = -1;
        int lastEventEnd = -1;
        int lastDrafts = -1;
        String lastCode = null;
        int lastSpecificity = 0;
        for (VerbMention v : a.verbs()) {
            if (NounEvents.nominal(v)) {
                if (v.start() > consumed) {
                    nouns.codeNoun(a, v);
                }
                continue;
            }
            // "agreed to lift the sanctions", "pledged to expel": an infinitive right after a verb that gave an
            // event carries the act; the first verb only frames it (its own event is replaced when this one codes)
            boolean catenative = v.infinitive() && lastEventVerb >= 0 && v.start() == lastEventEnd + 1
                    && a.key(lastEventEnd).equals("TO");
            if (v.start() <= consumed && !catenative) {
                continue;
            }
            Choice c = Choice.choose(a, v);
            if (c == null) {
                continue;
            }
            // "agreed to provide Ukraine with a loan" (<agree> to provide loan*): when the first verb's pattern already
            // reads this verb and says more than this verb's own reading, it stands
            if (catenative && rules.intentCodes() && v.start() <= consumed && lastSpecificity > c.specificity()) {
                continue;
            }
            if (c.binding() != null) {
                consumed = c.binding().lastToken();
            }
            // a pattern with only a reciprocal code ("<face> pressure [:100]"): the target acts on the subject
            boolean reverse = c.code() == null && c.pairCode() != null;
            if (c.code() == null && !reverse) {
                continue;
            }
            if (v.infinitive() && !catenative && lastEventVerb >= 0 && !Clauses.breakBetween(a, lastEventVerb, v.start())) {
                continue;
            }
            String code = reverse ? c.pairCode() : c.code();
            if (v.negated() && !c.negationInPattern()) {
                continue;
            }
            if (Background.background(a, v.start())) {
                continue;
            }
            if (v.modality() == VerbMention.Modality.QUESTION
                    || v.modality() == VerbMention.Modality.HYPOTHETICAL && rules.skipHypothetical()) {
                continue;
            }
            String pairCode = reverse ? null : c.pairCode();
            String appeal = c.pattern() == null ? Chains.appealFor(a, v) : null;
            if (appeal != null) {
                code = appeal; // "Obama wants Putin to attack Switzerland": an appeal to Putin, not an intent
                pairCode = null;
            }
            if (!rules.intentCodes() && Chains.desired(a, v)) {
                // "Obama wants to attack Switzerland" is a threat, "wants to help Israel" an intent to aid, "seeking
                // to deepen a partnership" an intent to cooperate, even where the future ("will attack") is coded
                // as the act itself
                String intent = c.pattern() != null && c.pattern().intentCode() != null ? c.pattern().intentCode()
                        : c.group().intentCode() != null ? c.group().intentCode() : IntentCodes.of(code);
                if (intent != null) {
                    code = intent;
                    pairCode = null;
                }
            }
            if (v.modality() == VerbMention.Modality.INTENT && rules.intentCodes()) {
                code = c.pattern() != null ? c.pattern().intentCode() : c.group().intentCode();
                pairCode = null; // an intention to visit is not yet a hosted visit
                if (code == null) {
                    continue;
                }
            }
            // "threatened to pull out of the talks" stays a threat (134): an act after "threatened to" replaces the
            // threat only as a threat of its own (13x), not as the intent to do it
            if (catenative && rules.intentCodes() && lastCode != null && lastCode.startsWith("13")
                    && !code.startsWith("13")) {
                continue;
            }
            List<ActorMention> sources;
            List<ActorMention> targets;
            ActorMention boundSource = c.binding() == null ? null : c.binding().source();
            ActorMention boundTarget = c.binding() == null ? null : c.binding().target();
            if (c.binding() != null && c.binding().fronted()) {
                // a passive whose pattern words stand before it: the "by" phrase is the source
                sources = boundSource != null ? Arguments.group(a, boundSource) : Passives.byPhrase(a, v.end());
                if (sources.isEmpty() && Chains.force(code)) {
                    sources = Passives.origin(a, v.end());
                }
                targets = boundTarget != null ? Arguments.group(a, boundTarget) : right(a, v.end(), sources, c, c.code());
                if (targets.isEmpty()) {
                    targets = VerbObjects.inFrontedObject(a, v.start(), sources); // "sanctions against Russia were announced"
                }
            } else if (v.passive() && boundSource == null && boundTarget == null) {
                targets = Subjects.nearestLeft(a, v.start());
                sources = Passives.byPhrase(a, v.end());
                if (sources.isEmpty() && Chains.force(code)) {
                    sources = Passives.origin(a, v.end()); // "fired from Gaza", "killed in Israeli shelling"
                }
                if (sources.isEmpty() && rules.passiveSourceFromRight() && !Passives.hasBy(a, v.end())) {
                    // PETRARCH without a "by" phrase keeps the word order: "X was criticized over its dispute with Y"
                    // (a "by" phrase without an actor, "by a missile", leaves the source unknown instead)
                    sources = targets;
                    targets = VerbObjects.firstRight(a, v.end(), sources, true);
                }
            } else {
                // a target slot before the verb ("noted + *": "X noted that Y regretted") puts the source before it
                int subjectOf = boundTarget != null && boundTarget.end() <= v.start() ? boundTarget.start() : v.start();
                sources = boundSource != null ? Arguments.group(a, boundSource)
                        : v.coordinated() && !lastSources.isEmpty() ? lastSources
                        : v.coordinated() ? Subjects.subject(a, previousVerb(a, v, subjectOf)) : Subjects.subject(a, subjectOf);
                // a role word inside the pattern modifies the pattern's noun ("conducting military exercises",
                // "joint military exercises") or is what is acted with ("deployed soldiers": a word set of the pattern,
                // or any role word of a show of force, 15: "massed troops near the Armenian border"): the target comes
                // after it; a plural role word ending the pattern is its object ("killed militants", "took people hostage")
                int from = v.end();
                for (int k = v.end(); c.binding() != null && k <= c.binding().lastToken(); k++) {
                    ActorMention m = a.actorAt(k);
                    if (m != null && m.agentOnly() && m.start() <= c.binding().lastToken()
                            && (!plural(a, m) && (m.end() <= c.binding().lastToken() || nounAt(a, m.end()))
                            || inSet(a, c.pattern(), m.start()) || code != null && code.startsWith("15"))
                            && !knownBetween(a, from, m.start())) {
                        from = m.end();
                    }
                }
                targets = boundTarget != null ? Arguments.group(a, boundTarget) : right(a, from, sources, c, c.code());
                if (boundTarget == null && !targets.isEmpty()) {
                    List<ActorMention> more = VerbObjects.furtherThat(a, targets.get(0));
                    if (!more.isEmpty()) {
                        targets = new ArrayList<>(targets);
                        targets.addAll(more);
                    }
                }
                // "Indian and Pakistani troops exchanged fire ... in Kashmir", "India and Pakistan held talks in
                // Geneva": members acting on one another somewhere; the place is no party
                if (boundTarget == null && sources.size() > 1 && !targets.isEmpty() && !rules.agentOnlyActors()
                        && Places.place(a, targets.get(0)) && Chains.reciprocal(a, v, code)) {
                    targets = List.of();
                }
            }
            if (reverse) {
                List<ActorMention> t = sources;
                sources = targets;
                targets = t;
            }
            double conf = c.binding() != null && c.specificity() > 0 ? 0.9 : 0.8;
            int before = a.events().size();
            int added = emitter.emit(a, v, sources, targets, code, pairCode, conf, c.rule());
            if (v.modality() == VerbMention.Modality.FACT && Chains.force(code)) {
                emitter.report(a, v, sources, targets);
            }
            if (added > 0) {
                if (catenative && lastDrafts >= 0) {
                    a.events().subList(lastDrafts, before).clear();
                    before = lastDrafts;
                }
                lastSources = sources;
                lastEventVerb = v.start();
                lastEventEnd = v.end();
                lastDrafts = before;
                lastCode = code;
                lastSpecificity = c.specificity();
            }
        }
    }

    /**
     * "Hamas fighters infiltrated southern Israel and took 250 people hostage": a coordinated verb whose partner coded
     * nothing shares that partner's subject, not its object. The partner is the verb before this one.
     */
    private static int previousVerb(SentenceAnalysis a, VerbMention v, int fallback) {
        VerbMention prev = null;
        for (VerbMention w : a.verbs()) {
            if (w.start() < v.start() && !NounEvents.nominal(w)) {
                prev = w;
            }
        }
        // after "said" the coordinated verb belongs to the reported clause ("said the US stands with Pakistan and
        // supports ..."), whose subject is found as usual
        return prev == null || Chains.speechBefore(a, v) == prev || SPEECH_VERBS.contains(a.key(prev.start()))
                ? fallback : prev.start();
    }

    private static final java.util.Set<String> SPEECH_VERBS = java.util.Set.of("SAID", "SAYS", "SAY", "TOLD",
            "STATED", "ANNOUNCED", "CLAIMED", "ADDED", "REPORTED");

    /** True when a known actor starts in tokens [from, to): "providing Ukraine with military aid" has its target first. */
    private static boolean knownBetween(SentenceAnalysis a, int from, int to) {
        for (int k = from; k < to; k++) {
            ActorMention m = a.actorAt(k);
            if (m != null && !m.agentOnly() && m.start() == k) {
                return true;
            }
        }
        return false;
    }

    /** "took 250 people hostage": a plural role word is the pattern's object, not a word describing its noun. */
    private static boolean plural(SentenceAnalysis a, ActorMention m) {
        String w = a.key(m.end() - 1);
        return w.endsWith("S") && !w.endsWith("SS") || w.equals("PEOPLE") || w.endsWith("MEN") || w.equals("CHILDREN");
    }

    /** True when token {@code k} is a lower-case word that can be a noun: "(military) exercises". */
    private static boolean nounAt(SentenceAnalysis a, int k) {
        if (k >= a.tokens().size()) {
            return false;
        }
        org.mizan.coder.text.Token t = a.tokens().get(k);
        String w = t.key();
        return !t.capitalised() && !t.punctuation() && Character.isLetter(t.text().charAt(0))
                && !Words.PREPOSITIONS.contains(w) && !Words.CONJUNCTIONS.contains(w) && !Words.AUX.contains(w)
                && !Words.DETERMINERS.contains(w) && !Words.CLAUSE_BREAKS.contains(w) && a.actorAt(k) == null;
    }

    /** True when a word set after the pattern's verb covers token {@code k} ("&troops" on "soldiers"). */
    private static boolean inSet(SentenceAnalysis a, VerbPattern p, int k) {
        if (p == null) {
            return false;
        }
        for (PatternElement e : p.after()) {
            if (e.kind() != PatternElement.Kind.SYNSET) {
                continue;
            }
            for (List<String> phrase : e.synset()) {
                for (int s = k - phrase.size() + 1; s <= k; s++) {
                    boolean ok = s >= 0;
                    for (int j = 0; ok && j < phrase.size(); j++) {
                        ok = PatternMatcher.wordMatches(phrase.get(j), a.key(s + j));
                    }
                    if (ok) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The object after {@code from}: a known actor, else (with Mizan's rules) one known only by its role. */
    private List<ActorMention> right(SentenceAnalysis a, int from, List<ActorMention> sources, Choice c, String code) {
        // a relative clause on the object ends it, except for force, whose victims it names ("a bomb that hit a convoy")
        boolean relativeEnds = !rules.agentOnlyActors() && code != null && !code.startsWith("18") && !code.startsWith("19")
                && !code.startsWith("20");
        List<ActorMention> t = VerbObjects.firstRight(a, from, sources, rules.agentOnlyActors(),
                c.binding() == null ? -1 : c.binding().lastToken(), relativeEnds);
        // a show of force (15) acts with its own forces: "deployed naval ships" has no role-only target
        return t.isEmpty() && rules.roleOnly() == CodingRules.RoleOnly.BESIDE_KNOWN && (code == null || !code.startsWith("15"))
                ? VerbObjects.firstRoleOnly(a, from, sources, relativeEnds) : t;
    }
}
