package org.mizan.coder.stage;

import java.util.List;
import java.util.Set;
import org.mizan.coder.dict.VerbForm;
import org.mizan.coder.text.Token;

/**
 * Where a verb form is a noun or an adjective by its neighbours, not a verb: "the Hamas attack", "an apparent
 * Israeli strike", "the Kerman bombing", "bombed Houthi targets", "Kurdish militant targets", "the pager attacks",
 * "in protest", "wounded Palestinians". Read by {@link VerbStage} before its other noun tests; found on real news
 * (issue #3). Each test looks at a few neighbouring tokens, so the cost is constant per form.
 */
final class NounContext {

    private static final Set<String> SPEECH = Set.of("SAID", "SAYS", "SAY", "ANNOUNCED", "STATED", "CLAIMED",
            "REPORTED", "TOLD", "ADDED");
    private static final Set<String> NUMBERS = Set.of("TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
            "TEN", "DOZENS", "HUNDREDS", "THOUSANDS", "SEVERAL", "MANY", "FEW", "SOME");

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
                && (Words.DETERMINERS.contains(prev.key()) || NUMBERS.contains(prev.key())
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
}
