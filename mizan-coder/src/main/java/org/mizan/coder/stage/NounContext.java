package org.mizan.coder.stage;

import java.util.List;
import java.util.Set;
import org.mizan.coder.dict.PhraseTrie;
import org.mizan.coder.dict.VerbForm;
import org.mizan.coder.text.Token;

/**
 * Where a verb form is a noun or an adjective by its neighbours, not a verb: "the Hamas attack", "an apparent
 * Israeli strike", "the Kerman bombing", "bombed Houthi targets", "Kurdish militant targets", "the pager attacks",
 * "in protest", "wounded Palestinians" ({@link #isNoun}, found on real news, issue #3), or by the word before or
 * after it: "private visit", "disputes should" ({@link #looksLikeNoun}, which {@link VerbStage} reads). Each test
 * looks at a few neighbouring tokens, so the cost is constant per form.
 */
final class NounContext {

    private static final Set<String> SPEECH = Set.of("SAID", "SAYS", "SAY", "ANNOUNCED", "STATED", "CLAIMED",
            "REPORTED", "TOLD", "ADDED");

    private NounContext() {
    }

    /** True when the form at tokens [start, end) is a noun or an adjective here. */
    static boolean isNoun(SentenceAnalysis a, int start, int end, List<VerbForm> forms) {
        if (start == 0) {
            return false;
        }
        String key = a.key(start);
        Token prev = a.tokens().get(start - 1);
        boolean ing = key.endsWith("ING");
        boolean bare = !ing && !any(forms, true);
        ActorMention named = a.actorAt(start - 1);
        if (named != null) {
            return (bare || ing) && afterDeterminerAndName(a, named) || bare && (afterObject(a, named) || describedByRole(a, named));
        }
        // "in protest", "in response", "after talks": a bare form after a preposition is a noun
        if (bare && Words.PREPOSITIONS.contains(prev.key()) && !prev.key().equals("TO")) {
            return true;
        }
        // "the Kerman bombing": an -ing form after a determiner and capitalised words is a noun
        if (ing && prev.capitalised()) {
            int d = start - 1;
            while (d > 0 && a.tokens().get(d).capitalised() && !a.tokens().get(d).punctuation()) {
                d--;
            }
            return Words.DETERMINERS.contains(a.key(d)) && !a.key(d).equals("'S") && !Words.CONJUNCTIONS.contains(a.key(d - 1));
        }
        // "the pager attacks", "the drone strikes": a plural form after a determiner and one common noun is a noun
        if (bare && key.endsWith("S") && !prev.capitalised() && Character.isLetter(prev.text().charAt(0))
                && Words.DETERMINERS.contains(a.key(start - 2)) && !Words.AUX.contains(prev.key())
                && !prev.key().endsWith("LY")) {
            return true;
        }
        // "wounded Palestinians", "five detained Americans": a participle between a verb, determiner or number and a
        // name describes the name
        ActorMention next = a.actorAt(end);
        return !ing && next != null && next.start() == end && all(forms)
                && (Words.DETERMINERS.contains(prev.key()) || Words.NUMBERS.contains(prev.key())
                || Character.isDigit(prev.key().charAt(0)) || verbEndsAt(a, start) != null);
    }

    /**
     * "the Hamas attack", "an apparent Israeli strike": a determiner (and at most one lower-case word) before a name;
     * not the last member of a list ("The Philippines and the Central African Republic agree").
     */
    private static boolean afterDeterminerAndName(SentenceAnalysis a, ActorMention named) {
        if (!a.tokens().get(named.start()).capitalised()) {
            return false;
        }
        int det = Words.DETERMINERS.contains(a.key(named.start() - 1)) ? 1 : 2;
        if (det == 2) {
            Token between = a.tokens().get(Math.max(0, named.start() - 1));
            if (named.start() < 2 || between.capitalised() || between.punctuation() || a.actorAt(named.start() - 1) != null) {
                return false;
            }
        }
        String d = a.key(named.start() - det);
        return Words.DETERMINERS.contains(d) && !d.equals("'S") && !Words.CONJUNCTIONS.contains(a.key(named.start() - det - 1));
    }

    /** "bombed Houthi targets", "struck military targets": after a verb's object (not "said Iran attacks"). */
    private static boolean afterObject(SentenceAnalysis a, ActorMention named) {
        VerbMention v = verbEndsAt(a, named.start());
        return v != null && !SPEECH.contains(a.key(v.start()));
    }

    /** "Kurdish militant targets": a singular role word after an unknown capitalised word describes what follows. */
    private static boolean describedByRole(SentenceAnalysis a, ActorMention named) {
        int s = named.start();
        return named.agentOnly() && named.end() - s == 1 && s > 1 && !a.key(s).endsWith("S")
                && a.tokens().get(s - 1).capitalised() && !a.tokens().get(s - 1).punctuation() && a.actorAt(s - 1) == null;
    }

    private static VerbMention verbEndsAt(SentenceAnalysis a, int end) {
        List<VerbMention> vs = a.verbs();
        for (int i = vs.size() - 1; i >= 0; i--) {
            if (vs.get(i).end() == end) {
                return vs.get(i);
            }
        }
        return null;
    }

    private static boolean any(List<VerbForm> forms, boolean participle) {
        for (VerbForm f : forms) {
            if (f.participle() == participle) {
                return true;
            }
        }
        return false;
    }

    private static boolean all(List<VerbForm> forms) {
        for (VerbForm f : forms) {
            if (!f.participle()) {
                return false;
            }
        }
        return !forms.isEmpty();
    }

    /**
     * True when a present-tense or bare form is more likely a noun: after an adjective-like word ("private
     * visit", "territorial disputes", "two-day visit", "first visit") or, for an "-s" form, right before a
     * modal or "of" ("disputes should", "talks of").
     */
    static boolean looksLikeNoun(SentenceAnalysis a, PhraseTrie.Match<VerbForm> m) {
        String key = a.key(m.start());
        Token prev = m.start() > 0 ? a.tokens().get(m.start() - 1) : null;
        // a capitalised verb form inside a sentence is part of a name or a month: "Strike Force", "in March"
        if (prev != null && a.tokens().get(m.start()).capitalised() && Character.isLetterOrDigit(prev.text().charAt(0))) {
            return true;
        }
        // "into alleged crimes", "the release of detained protesters": a participle between a preposition and a common
        // noun describes the noun
        if (prev != null && Words.PREPOSITIONS.contains(prev.key()) && key.endsWith("ED")
                && m.values().stream().anyMatch(VerbForm::participle) && m.end() < a.tokens().size()
                && !a.tokens().get(m.end()).capitalised() && !a.tokens().get(m.end()).punctuation()
                && !Words.DETERMINERS.contains(a.key(m.end())) && !Words.PREPOSITIONS.contains(a.key(m.end()))
                && a.actorAt(m.end()) == null) {
            return true;
        }
        // "deported 28 Afghan convicts", "the Syrian detainees": a plural form after a demonym that follows a number or a
        // determiner is the noun the demonym describes
        ActorMention demonym = a.actorAt(m.start() - 1);
        if (demonym != null && demonym.end() == m.start() && demonym.end() - demonym.start() == 1 && m.start() >= 2
                && key.endsWith("S") && !key.endsWith("SS")
                && (Words.DETERMINERS.contains(a.key(m.start() - 2)) || Words.NUMBERS.contains(a.key(m.start() - 2))
                        || Character.isDigit(a.key(m.start() - 2).charAt(0)))) {
            return true;
        }
        // "very close to the border": after a degree word the form is an adjective
        if (prev != null && DEGREE.contains(prev.key())) {
            return true;
        }
        // "six jailed Americans": a participle after a number describes what follows
        if (prev != null && (Words.NUMBERS.contains(prev.key()) || Character.isDigit(prev.key().charAt(0)))
                && m.values().stream().anyMatch(VerbForm::participle) && !key.endsWith("ING")) {
            return true;
        }
        if (isNoun(a, m.start(), m.end(), m.values())) {
            return true;
        }
        // "killed in Israeli tank shelling": an -ing form after an actor inside a prepositional phrase is a noun
        ActorMention owner = a.actorAt(m.start() - 1);
        if (owner != null && key.endsWith("ING") && Words.PREPOSITIONS.contains(
                a.keyBefore(owner.start()))) {
            return true;
        }
        // "a hunger strike in Israeli jails": a plural form after a demonym inside a prepositional phrase is a noun
        if (owner != null && key.endsWith("S") && !key.endsWith("SS") && owner.end() == m.start()
                && owner.end() - owner.start() == 1 && (DEMONYM.matcher(a.key(owner.start())).find()
                        || ACRONYM.matcher(a.tokens().get(owner.start()).text()).matches())
                && Words.PREPOSITIONS.contains(a.key(owner.start() - 1))) {
            return true;
        }
        // "a new military aid package", "the police raid": a bare form after a role word that a determiner, a number or
        // an adjective introduces is a noun (a role word's own verb is past tense in news: "the military aided")
        if (owner != null && owner.agentOnly() && owner.end() == m.start() && owner.end() - owner.start() == 1
                && m.values().stream().anyMatch(f -> f.group().name().equalsIgnoreCase(key)) && owner.start() > 0
                && !a.key(owner.start()).endsWith("S")
                && !a.tokens().get(owner.start() - 1).punctuation() && !CLAUSE_OPENERS.contains(a.key(owner.start() - 1))) {
            return true;
        }
        if (m.values().stream().allMatch(VerbForm::participle) || key.endsWith("ING")
                || a.actorAt(m.start() - 1) != null) {
            return false; // after an actor the form is that actor's verb: "a senior official said"
        }
        // "put pressure on", "exert pressure": the object of a light verb is a noun
        if (prev != null && LIGHT.contains(prev.key()) && !key.endsWith("ING") && !key.endsWith("ED")) {
            return true;
        }
        // "an Islamic State target": a bare form after a determiner and capitalised words is a noun
        int k = m.start() - 1;
        while (k > 0 && a.tokens().get(k).capitalised() && !a.tokens().get(k).punctuation()) {
            k--;
        }
        if (k < m.start() - 1 && k >= 0 && Words.DETERMINERS.contains(a.key(k)) && !a.key(k).equals("'S")) {
            return true;
        }
        if (prev != null && !prev.capitalised() && !Words.AUX.contains(prev.key()) && !prev.key().endsWith("LY")) {
            String p = prev.key();
            if (Character.isDigit(p.charAt(0)) || p.contains("-") && Character.isLetter(p.charAt(p.length() - 1))
                    || p.endsWith("ING") && p.length() > 5 && a.verbs().stream().noneMatch(v -> v.start() == m.start() - 1)
                    || ADJECTIVE_ENDINGS.matcher(p).find() || ORDINALS.contains(p)) {
                return true;
            }
        }
        String next = a.key(m.end());
        return key.endsWith("S") && (NOUN_FOLLOWERS.contains(next));
    }

    /** Demonyms, not country names: "Israeli", "Russian", "Chinese", "British" (not "Iran", "Japan"). */
    private static final java.util.regex.Pattern DEMONYM = java.util.regex.Pattern.compile("(IAN|ESE|ISH|I)$");
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("AND", "OR", "BUT", "THAT", "WHO",
            "WHICH", "WHILE", "WHEN", "AS", "BECAUSE", "WHERE");
    /** "of EU funds", "in US strikes": an organisation or country written as an acronym. */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z]{2,5}");
    private static final java.util.regex.Pattern ADJECTIVE_ENDINGS =
            java.util.regex.Pattern.compile("(AL|IC|IVE|OUS|FUL|ARY|IAN|ESE|ISH|LESS|BLE|ANT|ENT|AR|ORY|ATE)$");
    private static final java.util.Set<String> ORDINALS = java.util.Set.of("FIRST", "SECOND", "THIRD", "LAST",
            "NEXT", "NEW", "OLD", "MAJOR", "KEY", "RARE", "BRIEF", "LONG", "SHORT", "HIGH", "LOW", "BIG", "FULL",
            "JOINT", "STATE", "PEACE", "TRADE", "BORDER", "AIR", "ROCKET", "MISSILE", "DRONE", "SUICIDE", "TERROR",
            "BOMB", "GAS", "OIL", "AID", "ARMS", "WAR", "CEASE-FIRE", "CEASEFIRE", "ARTILLERY", "TANK", "POLICE",
            "SECURITY", "GOVERNMENT", "ARMY", "NAVY", "CAR", "ROADSIDE", "TRUCK", "PRISON", "CRUISE",
            "OFFICIAL", "TEAR", "WATER", "RIOT", "LABOUR", "LABOR", "GENERAL", "HUNGER", "PRICE", "TAX", "GRAIN", "FOOD",
            "ENERGY", "FUEL", "COAL", "WHEAT");
    private static final java.util.Set<String> NOUN_FOLLOWERS = java.util.Set.of("SHOULD", "WOULD", "WILL", "CAN",
            "COULD", "MAY", "MIGHT", "MUST", "HAVE", "HAD", "ARE", "WERE", "OF");
    private static final java.util.Set<String> DEGREE = java.util.Set.of("VERY", "TOO", "SO", "MORE", "MOST", "LESS",
            "LEAST", "QUITE", "RATHER", "FAIRLY");
    private static final java.util.Set<String> LIGHT = java.util.Set.of("PUT", "PUTS", "PUTTING", "EXERT",
            "EXERTS", "EXERTED", "EXERTING");
}
