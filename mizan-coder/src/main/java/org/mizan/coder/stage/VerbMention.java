package org.mizan.coder.stage;

import java.util.List;
import org.mizan.coder.dict.VerbForm;

/**
 * A verb found in a sentence, with what its context says about it.
 *
 * @param start    first token (inclusive)
 * @param end      last token (exclusive)
 * @param forms    the dictionary senses of the form (usually one)
 * @param passive  "was attacked": the grammatical subject is the target
 * @param negated  "did not attack", "refused to attack"
 * @param modality whether the sentence states a fact, an intention, a hypothesis or a question
 * @param infinitive preceded by "to" ("agreed to visit")
 * @param coordinated preceded by "and"/"but" with no new subject ("attacked X and killed Y")
 */
public record VerbMention(int start, int end, List<VerbForm> forms, boolean passive, boolean negated,
                          Modality modality, boolean infinitive, boolean coordinated) {

    /** How a verb is asserted. */
    public enum Modality { FACT, INTENT, HYPOTHETICAL, QUESTION }
}
