package org.mizan.coder.stage;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds a verb's arguments without a parse: its subject ({@link Subjects}), its object
 * ({@link VerbObjects}), the "by" phrase of a passive ({@link Passives}), the members of a compound and the
 * owner of a noun (here), and the country of a role word ("police ... in Lahore", {@link Places}).
 *
 * <p>The reasoning is over token positions, actor mentions and a few closed-class words: a subject is the
 * nearest actor before the verb that is not inside a prepositional phrase; an object is the first actor
 * after the verb before a clause boundary (";", "which", "but", "after", or a comma that opens a
 * participle or a new subject with its verb: {@link Clauses}). Each helper is a pure function of the
 * analysis; cost is linear in the sentence.
 */
final class Arguments {

    /** The actor a noun belongs to: "Pakistan's talks", "Pakistani negotiations", "the visit of Modi". */
    static List<ActorMention> owner(SentenceAnalysis a, VerbMention v) {
        int k = a.key(v.start() - 1).equals("'S") || a.key(v.start() - 1).equals("'") ? v.start() - 2 : v.start() - 1;
        ActorMention m = a.actorAt(k);
        if (m != null && m.end() == k + 1) {
            return group(a, m);
        }
        String w = a.key(v.end());
        if (w.equals("OF") || w.equals("BY")) {
            int j = a.key(v.end() + 1).equals("THE") ? v.end() + 2 : v.end() + 1;
            m = a.actorAt(j);
            if (m != null && m.start() == j) {
                return group(a, m);
            }
        }
        return List.of();
    }

    static List<ActorMention> group(SentenceAnalysis a, ActorMention m) {
        List<ActorMention> out = new ArrayList<>(2);
        for (ActorMention o : a.actors()) {
            if (o.group() == m.group()) {
                out.add(o);
            }
        }
        return out;
    }

    private Arguments() {
    }
}
