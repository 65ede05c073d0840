package org.mizan.coder.stage;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.coder.dict.PatternElement;
import org.mizan.coder.dict.PatternNeeds;
import org.mizan.coder.dict.Synset;
import org.mizan.coder.dict.VerbForm;
import org.mizan.coder.dict.VerbGroup;
import org.mizan.coder.dict.VerbPattern;
import org.mizan.coder.dict.petrarch.PetrarchVerbReader;

/**
 * Turns verb mentions into events: picks the most specific matching pattern (else the verb's default
 * code), applies the {@link CodingRules} to negated, hypothetical, questioned and intended verbs, and finds
 * the source and target (with {@link Arguments}).
 *
 * <p>Without a pattern slot, the source is the nearest actor before the verb that is not inside a
 * prepositional phrase (so in "X said Y attacked Z" the attack's source is Y), shared with the previous
 * verb when the verb is coordinated ("attacked X and killed Y"); the target is the first actor after the
 * verb in its clause. In the passive the grammatical subject is the target and the "by" phrase the source.
 * Compound actors give one event per member; a compound subject with no target gives events between its
 * members ("Gondor and Osgiliath renewed ties"). A verb in the infinitive after a verb that already gave
 * an event in the same clause ("signed an accord to supply") is not coded again. A reported use of force is
 * also the speaker's accusation or claim, and verbs framing others are read by {@link Chains}. A noun line of
 * the verb dictionary ("the negotiations with the IMF") codes a noun phrase, with {@link Focus} standing in
 * for an unwritten source.
 */
public final class EventStage implements Stage {

    private final CodingRules rules;

    public EventStage(CodingRules rules) {
        this.rules = rules;
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
            if (nominal(v)) {
                if (v.start() > consumed) {
                    codeNoun(a, v);
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
            Choice c = choose(a, v);
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
            if (v.infinitive() && !catenative && lastEventVerb >= 0 && !Arguments.breakBetween(a, lastEventVerb, v.start())) {
                continue;
            }
            String code = reverse ? c.pairCode() : c.code();
            if (v.negated() && !c.negationInPattern()) {
                continue;
            }
            if (background(a, v.start())) {
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
                sources = boundSource != null ? Arguments.group(a, boundSource) : Arguments.byPhrase(a, v.end());
                if (sources.isEmpty() && Chains.force(code)) {
                    sources = Arguments.origin(a, v.end());
                }
                targets = boundTarget != null ? Arguments.group(a, boundTarget) : right(a, v.end(), sources, c, c.code());
                if (targets.isEmpty()) {
                    targets = Arguments.inFrontedObject(a, v.start(), sources); // "sanctions against Russia were announced"
                }
            } else if (v.passive() && boundSource == null && boundTarget == null) {
                targets = Arguments.nearestLeft(a, v.start());
                sources = Arguments.byPhrase(a, v.end());
                if (sources.isEmpty() && Chains.force(code)) {
                    sources = Arguments.origin(a, v.end()); // "fired from Gaza", "killed in Israeli shelling"
                }
                if (sources.isEmpty() && rules.passiveSourceFromRight() && !Arguments.hasBy(a, v.end())) {
                    // PETRARCH without a "by" phrase keeps the word order: "X was criticized over its dispute with Y"
                    // (a "by" phrase without an actor, "by a missile", leaves the source unknown instead)
                    sources = targets;
                    targets = Arguments.firstRight(a, v.end(), sources, true);
                }
            } else {
                // a target slot before the verb ("noted + *": "X noted that Y regretted") puts the source before it
                int subjectOf = boundTarget != null && boundTarget.end() <= v.start() ? boundTarget.start() : v.start();
                sources = boundSource != null ? Arguments.group(a, boundSource)
                        : v.coordinated() && !lastSources.isEmpty() ? lastSources
                        : v.coordinated() ? Arguments.subject(a, previousVerb(a, v, subjectOf)) : Arguments.subject(a, subjectOf);
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
                    List<ActorMention> more = Arguments.furtherThat(a, targets.get(0));
                    if (!more.isEmpty()) {
                        targets = new ArrayList<>(targets);
                        targets.addAll(more);
                    }
                }
                // "Indian and Pakistani troops exchanged fire ... in Kashmir", "India and Pakistan held talks in
                // Geneva": members acting on one another somewhere; the place is no party
                if (boundTarget == null && sources.size() > 1 && !targets.isEmpty() && !rules.agentOnlyActors()
                        && Arguments.place(a, targets.get(0)) && Chains.reciprocal(a, v, code)) {
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
            int added = emit(a, v, sources, targets, code, pairCode, conf, c.rule());
            if (v.modality() == VerbMention.Modality.FACT && Chains.force(code)) {
                report(a, v, sources, targets);
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
            if (w.start() < v.start() && !nominal(w)) {
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
        List<ActorMention> t = Arguments.firstRight(a, from, sources, rules.agentOnlyActors(),
                c.binding() == null ? -1 : c.binding().lastToken(), relativeEnds);
        // a show of force (15) acts with its own forces: "deployed naval ships" has no role-only target
        return t.isEmpty() && rules.roleOnly() == CodingRules.RoleOnly.BESIDE_KNOWN && (code == null || !code.startsWith("15"))
                ? Arguments.firstRoleOnly(a, from, sources, relativeEnds) : t;
    }

    /**
     * A speaker reporting a use of force: "The US said that Iraq had attacked" is also the US accusing Iraq
     * (112); "The US claimed that they had attacked Iraq", the speaker reporting its own attack, claims
     * responsibility for it (015). The attack itself is coded as well.
     */
    private void report(SentenceAnalysis a, VerbMention v, List<ActorMention> sources, List<ActorMention> targets) {
        VerbMention speech = Chains.speechBefore(a, v);
        if (speech == null) {
            return;
        }
        // an unnamed speaker's accusation says nothing about anyone's country: only placed actors here
        List<ActorMention> speakers = usable(a, Arguments.subject(a, speech.start()), false);
        for (ActorMention s : speakers) {
            for (ActorMention src : usable(a, sources, false)) {
                if (s.group() == src.group() || s.code().equals(src.code())) {
                    for (ActorMention t : usable(a, targets, false)) {
                        if (!t.code().equals(s.code())) {
                            add(a, speech, s, t, "015", null, 0.6, "own use of force reported: claims responsibility");
                        }
                    }
                } else if (!Chains.sameCountry(s, src)) {
                    add(a, speech, s, src, "112", null, 0.6, "another's use of force reported: accusation");
                }
            }
        }
    }

    private static boolean nominal(VerbMention v) {
        for (VerbForm f : v.forms()) {
            if (!f.noun()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A noun pattern names an event without a verb: "the negotiations with the IMF", "Modi's visit to Moscow".
     * The source is the pattern's $source, else the noun's owner ("Pakistan's talks with", "the visit of Modi
     * to"), else the country the document is about ({@link Focus}); the target is the pattern's $target. Not
     * coded when negated ("no talks with"), questioned or hypothetical, like a verb.
     */
    private void codeNoun(SentenceAnalysis a, VerbMention v) {
        Choice c = choose(a, v);
        if (c == null || c.code() == null || c.binding() == null || v.negated()
                || v.modality() == VerbMention.Modality.QUESTION
                || v.modality() == VerbMention.Modality.HYPOTHETICAL && rules.skipHypothetical()
                || rules.intentCodes() && underIntent(a, v)) {
            return;
        }
        ActorMention boundTarget = c.binding().target();
        List<ActorMention> targets = boundTarget == null ? List.of() : Arguments.group(a, boundTarget);
        List<ActorMention> sources = c.binding().source() != null ? Arguments.group(a, c.binding().source())
                : Arguments.owner(a, v);
        if (sources.isEmpty() && !targets.isEmpty()) {
            ActorMention focal = a.focus().choose(a, Focus.country(targets.get(0)), v.start());
            sources = focal == null ? List.of() : List.of(focal);
        }
        // a noun event is weaker evidence than a verb: it keeps no actor known only by its role
        emit(a, v, sources, targets, c.code(), c.pairCode(), 0.7, "noun " + c.rule(), false);
    }

    /**
     * "readiness to host new talks between Israel and Hamas": a noun that is the object of an intended or supposed
     * act (the nearest verb before it in its clause, within six words) names what has not happened.
     */
    private static boolean underIntent(SentenceAnalysis a, VerbMention noun) {
        // "saw no prospects for talks with Kyiv": a negation shortly before the noun's phrase
        for (int k = noun.start() - 1; k >= 0 && k >= noun.start() - 4; k--) {
            if (Words.NEGATIONS.contains(a.key(k))) {
                return true;
            }
            if (Words.CLAUSE_BREAKS.contains(a.key(k)) || a.key(k).equals(",")) {
                break;
            }
        }
        VerbMention governing = null;
        for (VerbMention w : a.verbs()) {
            if (w.end() <= noun.start() && noun.start() - w.end() <= 6 && !nominal(w)) {
                governing = w;
            }
        }
        return governing != null && governing.modality() != VerbMention.Modality.FACT
                && !Arguments.breakBetween(a, governing.end() - 1, noun.start());
    }

    private static final java.util.Set<String> SPANS = java.util.Set.of("YEARS", "YEAR", "MONTHS", "MONTH",
            "DECADES", "DECADE", "WEEKS");

    /**
     * A verb in a clause opened by "(five) years after" or "months after" tells of an old event that is
     * background to the news ("restored ties five years after crowds burned its embassy"): not coded, since
     * its date would be wrong. So does the verb a time phrase with "ago" dates: the verb just before it in its
     * clause ("who had been arrested 15 months ago"), or the first verb after it when it opens the sentence
     * ("Three years ago, Russia annexed Crimea").
     */
    static boolean background(SentenceAnalysis a, int verb) {
        return after(a, verb) || ago(a, verb);
    }

    private static boolean ago(SentenceAnalysis a, int verb) {
        if (!a.hasKey("AGO")) {
            return false;
        }
        for (int k = 1; k < a.tokens().size(); k++) {
            if (!a.key(k).equals("AGO") || !SPANS.contains(a.key(k - 1))) {
                continue;
            }
            if (k > verb) {
                // the nearest verb before the phrase, close to it and in its clause
                if (k - verb > 12 || Arguments.breakBetween(a, verb, k) || commaBetween(a, verb, k)) {
                    continue;
                }
                boolean nearest = true;
                for (VerbMention w : a.verbs()) {
                    nearest &= !(w.start() > verb && w.start() < k);
                }
                if (nearest) {
                    return true;
                }
            } else if (k - 3 <= 0 || a.key(k - 3).isEmpty()) {
                // "Three years ago, ...", "Two decades ago ...": the phrase opens the sentence and dates its first verb
                boolean first = true;
                for (VerbMention w : a.verbs()) {
                    first &= !(w.start() > k && w.start() < verb);
                }
                if (first) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean commaBetween(SentenceAnalysis a, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (a.key(k).equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static boolean after(SentenceAnalysis a, int verb) {
        for (int k = verb - 1; k > 0 && k >= verb - 12; k--) {
            String w = a.key(k);
            if (w.equals("AFTER") || w.equals("SINCE")) {
                return SPANS.contains(a.key(k - 1));
            }
            if (Words.CLAUSE_BREAKS.contains(w) || w.equals(",")) {
                return false;
            }
        }
        return false;
    }

    record Choice(VerbGroup group, VerbPattern pattern, PatternMatcher.Binding binding, String code,
                  String pairCode, int specificity, boolean negationInPattern, String rule) {
    }

    static Choice choose(SentenceAnalysis a, VerbMention v) {
        Choice best = null;
        for (VerbForm f : v.forms()) {
            VerbGroup g = f.group();
            List<VerbPattern> patterns = g.patterns();
            PatternNeeds needs = g.needs();
            PatternKeys keys = a.patternKeys();
            for (int pi = 0; pi < patterns.size(); pi++) {
                int spec = needs.specificity(pi);
                if (best != null && best.pattern() != null && spec < best.specificity()
                        || !keys.mayMatch(needs, pi)) {
                    continue;
                }
                VerbPattern p = patterns.get(pi);
                PatternMatcher.Binding b = PatternMatcher.match(a, v, p);
                // equally specific patterns: the one whose words lie closer to the verb wins, then the one whose
                // words are written as in the text ("SANCTIONS" beats "SANCTION" on "sanctions")
                if (b != null && (best == null || spec > best.specificity()
                        || b.matched() > best.binding().matched()
                        || b.matched() == best.binding().matched() && b.lastToken() < best.binding().lastToken()
                        || b.matched() == best.binding().matched() && b.lastToken() == best.binding().lastToken()
                        && b.stemmed() < best.binding().stemmed())) {
                    String code = PetrarchVerbReader.INHERIT.equals(p.code()) ? g.code() : p.code();
                    best = new Choice(g, p, b, code, p.pairCode(), spec, negates(p), "pattern: " + p.text());
                }
            }
        }
        if (best != null) {
            return best;
        }
        for (VerbForm f : v.forms()) {
            if (f.group().code() != null) {
                VerbGroup g = f.group();
                return new Choice(g, null, null, g.code(), g.pairCode(), 0, false, "verb: " + g.name());
            }
        }
        return null;
    }

    private static boolean negates(VerbPattern p) {
        for (PatternElement e : p.before()) {
            if (e.kind() == PatternElement.Kind.WORD && Words.NEGATIONS.contains(e.word().replace("*", ""))) {
                return true;
            }
            // a set indexes its words, so the big ones are not walked for each pattern chosen
            if (e.kind() == PatternElement.Kind.SYNSET && e.synset() instanceof Synset set) {
                if (set.hasAny(Words.NEGATIONS)) {
                    return true;
                }
            } else if (e.kind() == PatternElement.Kind.SYNSET) {
                for (List<String> phrase : e.synset()) {
                    for (String w : phrase) {
                        if (Words.NEGATIONS.contains(w.replace("*", ""))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private int emit(SentenceAnalysis a, VerbMention v, List<ActorMention> sources, List<ActorMention> targets,
                     String code, String pairCode, double conf, String rule) {
        return emit(a, v, sources, targets, code, pairCode, conf, rule, true);
    }

    private int emit(SentenceAnalysis a, VerbMention v, List<ActorMention> sources, List<ActorMention> targets,
                     String code, String pairCode, double conf, String rule, boolean roleOnly) {
        int n = 0;
        boolean beside = roleOnly && rules.roleOnly() == CodingRules.RoleOnly.BESIDE_KNOWN;
        List<ActorMention> src = usable(a, sources, beside);
        List<ActorMention> tgt = usable(a, targets, beside);
        if (!rules.agentOnlyActors()) {
            // "Israeli protesters blocked a highway in Tel Aviv": a place of the source's own country is no target
            tgt = domestic(a, code, src, tgt.stream().filter(t -> !Arguments.homePlace(a, t, src)).toList());
        }
        // "Japan and the Philippines signed an agreement allowing troops to ...": a bare role after a compound's
        // cooperation names what the deal is about; the members are the parties
        if (src.size() >= 2 && !tgt.isEmpty() && cooperation(code)
                && tgt.stream().allMatch(t -> t.agentOnly() && t.code().startsWith("---"))) {
            tgt = List.of();
        }
        if (tgt.isEmpty() && src.size() >= 2) {
            for (ActorMention s : src) {
                for (ActorMention t : src) {
                    if (s != t && !s.code().equals(t.code()) && named(s, t)) {
                        n += add(a, v, s, t, code, pairCode, conf, rule);
                    }
                }
            }
            return n;
        }
        for (ActorMention s : src) {
            if (tgt.isEmpty()) {
                if (!rules.requireTarget() && named(s, null)) {
                    n += add(a, v, s, null, code, null, conf - 0.1, rule);
                }
                continue;
            }
            for (ActorMention t : tgt) {
                if (!s.code().equals(t.code()) && named(s, t)) {
                    n += add(a, v, s, t, leaving(code, t), pairCode, conf, rule);
                }
            }
        }
        return n;
    }

    /**
     * True unless the rules keep role-only actors only beside a known one and neither side is known: "Police fired
     * tear gas at protesters" says nothing about any country.
     */
    private boolean named(ActorMention s, ActorMention t) {
        return rules.roleOnly() != CodingRules.RoleOnly.BESIDE_KNOWN || !s.agentOnly() || t != null && !t.agentOnly();
    }

    /** Intentions to cooperate, consultation and diplomatic and material cooperation (roots 03-06). */
    private static boolean cooperation(String code) {
        return code.startsWith("03") || code.startsWith("04") || code.startsWith("05") || code.startsWith("06");
    }

    /** Roles of a state's own people that its acts at home reach: "arrested media tycoon Jimmy Lai". */
    private static final Set<String> HOME_ROLES = Set.of("OPP", "MED", "LEG", "JUD", "CVL", "EDU", "LAB", "HRI", "BUS",
            "REL", "ELI", "GOV");
    /** Roles a protest at home is directed at: "stormed parliament", "rallied against the government's overhaul". */
    private static final Set<String> PROTESTED_ROLES = Set.of("GOV", "LEG", "JUD", "COP");
    private static final Set<String> FOREIGN = Set.of("FOREIGN", "INTERNATIONAL", "WESTERN", "OVERSEAS", "EXPATRIATE");

    /**
     * A role-only party of a national actor's act at home is of the actor's country: "Hong Kong police arrested media
     * tycoon Jimmy Lai" (HKGMED), "Belarus released opposition leader X" (BLROPP), "protesters in Nairobi stormed
     * parliament" (KENLEG). Only for acts a state or its people do at home - release (08), conviction (116), coercion
     * (17) and protest (14, at the state's own bodies) - never for force, where the other side is often foreign
     * ("Pakistani troops killed ten militants" stays ---INS).
     */
    private static List<ActorMention> domestic(SentenceAnalysis a, String code, List<ActorMention> src,
                                               List<ActorMention> tgt) {
        boolean protest = code.startsWith("14");
        if (src.size() != 1 || tgt.isEmpty()
                || !(protest || code.startsWith("08") || code.startsWith("17") || code.equals("116"))) {
            return tgt;
        }
        ActorMention s = src.get(0);
        String country = s.code().length() >= 3 ? s.code().substring(0, 3) : "";
        if (s.agentOnly() || country.equals("---") || !org.mizan.core.actor.ActorCodes.isCountryLike(country)) {
            return tgt;
        }
        List<ActorMention> out = new ArrayList<>(tgt.size());
        for (ActorMention t : tgt) {
            String role = t.code().length() > 3 ? t.code().substring(3) : "";
            if (t.agentOnly() && t.code().startsWith("---") && (protest ? PROTESTED_ROLES : HOME_ROLES).contains(role)
                    && !FOREIGN.contains(a.key(t.start() - 1))) {
                out.add(new ActorMention(t.start(), t.end(), country + role, t.name(), t.confidence() * 0.8, false,
                        t.group()));
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** Leaving an organisation ("announced their withdrawal from ECOWAS") reduces relations with it (160); it is no
     * military retreat or expulsion. */
    private static String leaving(String code, ActorMention target) {
        return target.code().startsWith("IGO") && (code.equals("0874") || code.equals("166")) ? "160" : code;
    }

    /**
     * The actors as coded: a role word placed by the sentence gets its country; otherwise it is kept as a bare role
     * (PETRARCH's rules, or with {@code unplaced}, for {@link #named} to judge) or dropped.
     */
    private List<ActorMention> usable(SentenceAnalysis a, List<ActorMention> ms, boolean unplaced) {
        List<ActorMention> out = new ArrayList<>(ms.size());
        for (ActorMention m : ms) {
            ActorMention u = m.agentOnly() ? Arguments.localise(a, m, rules.agentOnlyActors()) : m;
            if (u != null) {
                out.add(u);
            } else if (rules.agentOnlyActors() || unplaced) {
                out.add(m);
            }
        }
        return out;
    }

    private static int add(SentenceAnalysis a, VerbMention v, ActorMention s, ActorMention t, String code,
                           String pairCode, double conf, String rule) {
        double c = conf * Math.min(s.confidence(), t == null ? 1.0 : t.confidence());
        a.events().add(new EventDraft(s, t, code, v.start(), v.end(), c, rule));
        if (pairCode != null && t != null) {
            a.events().add(new EventDraft(t, s, pairCode, v.start(), v.end(), c, "pair of " + rule));
            return 2;
        }
        return 1;
    }
}
