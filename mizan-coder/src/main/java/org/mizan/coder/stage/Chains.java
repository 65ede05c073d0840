package org.mizan.coder.stage;

import java.util.Set;

/**
 * How the verbs of one sentence frame one another, without a parse: a speech verb reporting an act ("Ukraine
 * said Russia had shelled Kharkiv"), a verb of desire before an infinitive ("wants to attack", "is seeking to
 * deepen"), a verb asking something of its object ("wants Putin to attack"). Pure functions of the analysis.
 */
final class Chains {

    private Chains() {
    }

    private static final Set<String> REPORTING = Set.of("SAID", "SAYS", "SAY", "CLAIMED", "CLAIMS", "CLAIM",
            "STATED", "STATES", "REPORTED", "REPORTS", "ANNOUNCED", "ANNOUNCES");

    /** Material conflict: the use of force (18 assault, 19 fight, 20 mass violence). */
    static boolean force(String code) {
        return code.startsWith("18") || code.startsWith("19") || code.startsWith("20");
    }

    /**
     * The speech verb whose reported clause {@code v} opens ("The US said that Iraq had attacked"), or null:
     * the nearest earlier speech verb with no clause break and no other verb between them.
     */
    static VerbMention speechBefore(SentenceAnalysis a, VerbMention v) {
        VerbMention speech = null;
        for (VerbMention w : a.verbs()) {
            if (w.end() > v.start()) {
                break;
            }
            if (REPORTING.contains(a.key(w.start())) && !w.negated()) {
                speech = w;
            }
        }
        if (speech == null || Clauses.breakBetween(a, speech.end() - 1, v.start())) {
            return null;
        }
        for (VerbMention w : a.verbs()) {
            if (w.start() >= speech.end() && w.start() < v.start()) {
                // only the reported clause's own verb: not "said it will send a team to help victims killed by"
                return null;
            }
        }
        return speech;
    }

    /**
     * True for an act that the members of a compound subject do to one another: meeting, talking, cooperating,
     * agreeing (roots 04-06, a ceasefire), or fighting each other ("clashed", "exchanged fire", "fought").
     */
    static boolean reciprocal(SentenceAnalysis a, VerbMention v, String code) {
        if (code.startsWith("04") || code.startsWith("05") || code.startsWith("06") || code.equals("0871")) {
            return true;
        }
        String k = a.key(v.start());
        return k.startsWith("CLASH") || k.startsWith("EXCHANG") || k.startsWith("FIGHT") || k.equals("FOUGHT")
                || k.startsWith("BATTL") || k.startsWith("SKIRMISH");
    }

    /** True when both actors belong to one known country ("USAMIL" and "USA"). */
    static boolean sameCountry(ActorMention x, ActorMention y) {
        return !x.code().startsWith("-") && x.code().length() >= 3 && y.code().startsWith(x.code().substring(0, 3));
    }

    private static final Set<String> DESIRE = Set.of("WANT", "WANTS", "WANTED", "WANTING", "WISHES", "WISH",
            "WISHED", "INTENDS", "INTEND", "INTENDED", "INTENDING", "SEEK", "SEEKS", "SEEKING", "SOUGHT", "AIM", "AIMS",
            "AIMED", "AIMING", "HOPE", "HOPES", "HOPED", "HOPING");

    /** "X wants to attack", "X is seeking to deepen": an infinitive right after a verb of desire or aim. */
    static boolean desired(SentenceAnalysis a, VerbMention v) {
        return v.infinitive() && a.key(v.start() - 1).equals("TO") && DESIRE.contains(a.key(v.start() - 2));
    }

    /** Verbs pressing their object to act: "Congress is pressuring Obama to help Iran" is an appeal to Obama. */
    private static final Set<String> PRESSING = Set.of("PRESS", "PRESSES", "PRESSED", "PRESSING", "PRESSURE",
            "PRESSURES", "PRESSURED", "PRESSURING", "PUSH", "PUSHES", "PUSHED", "PUSHING", "URGE", "URGES", "URGED",
            "URGING", "ENCOURAGE", "ENCOURAGES", "ENCOURAGED", "ENCOURAGING", "ASK", "ASKS", "ASKED", "ASKING");

    /**
     * "X wants Y to VERB", "X is pressuring Y to VERB": X appeals to Y, with the appeal code of VERB's kind (meet 026, diplomatic support
     * 022, material cooperation or force 021, aid 023, yield 025), or null when the sentence is not so built.
     */
    static String appealFor(SentenceAnalysis a, VerbMention v) {
        ActorMention y = a.actorAt(v.end());
        if (!DESIRE.contains(a.key(v.start())) && !PRESSING.contains(a.key(v.start())) || y == null || y.start() != v.end()
                || !a.key(y.end()).equals("TO")) {
            return null;
        }
        for (VerbMention w : a.verbs()) {
            if (w.start() == y.end() + 1) {
                Choice c = Choice.choose(a, w);
                String code = c == null ? null : c.code();
                if (code == null || code.length() < 2) {
                    return null;
                }
                return switch (code.substring(0, 2)) {
                    case "04" -> "026";
                    case "05" -> "022";
                    case "06", "15", "18", "19", "20" -> "021";
                    case "07" -> "023";
                    case "08" -> "025";
                    default -> null;
                };
            }
        }
        return null;
    }
}
