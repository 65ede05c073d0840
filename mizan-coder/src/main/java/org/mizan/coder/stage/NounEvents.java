package org.mizan.coder.stage;

import java.util.List;
import org.mizan.coder.dict.VerbForm;

/** Codes the events that a noun names without a verb ("the negotiations with the IMF", "Modi's visit to Moscow"). */
final class NounEvents {

    private final CodingRules rules;
    private final Emitter emitter;

    NounEvents(CodingRules rules, Emitter emitter) {
        this.rules = rules;
        this.emitter = emitter;
    }

    static boolean nominal(VerbMention v) {
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
    void codeNoun(SentenceAnalysis a, VerbMention v) {
        Choice c = Choice.choose(a, v);
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
        emitter.emit(a, v, sources, targets, c.code(), c.pairCode(), 0.7, "noun " + c.rule(), false);
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
                && !Clauses.breakBetween(a, governing.end() - 1, noun.start());
    }
}
