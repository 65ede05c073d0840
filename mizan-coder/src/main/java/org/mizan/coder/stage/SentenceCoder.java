package org.mizan.coder.stage;

import java.util.List;
import org.mizan.coder.dict.DictionarySet;
import org.mizan.core.event.Event;

/**
 * The coding chain for one sentence, assembled in one place: discards -> actors -> verbs -> compounds -> events ->
 * dates -> domains, then {@link EventAssembler}.
 *
 * <p>Stateless and immutable: one instance codes sentences from any number of threads. A failure inside a
 * stage (which would be a bug) is contained to its sentence: the sentence yields no events and the
 * failure is counted, never thrown, because a coder run over a million documents must not stop on one.
 */
public final class SentenceCoder {

    private final List<Stage> stages;
    private final EventAssembler assembler = new EventAssembler();

    public SentenceCoder(DictionarySet dict, CodingRules rules) {
        this.stages = List.of(
                new DiscardStage(dict.discards()),
                new ActorStage(dict.actors(), dict.agents(), true),
                new VerbStage(dict.verbs()),
                new CompoundStage(),
                new EventStage(rules),
                new DateStage(),
                new DomainStage(dict.issues()));
    }

    /** The stages in order, for tests and diagnostics. */
    public List<Stage> stages() {
        return stages;
    }

    /** Runs every stage on {@code a}; returns false if a stage failed (the analysis is then incomplete). */
    public boolean analyse(SentenceAnalysis a) {
        for (Stage s : stages) {
            try {
                s.apply(a);
            } catch (RuntimeException e) {
                a.events().clear();
                return false;
            }
        }
        a.focus().count(a);
        return true;
    }

    /** The events of a sentence already run through {@link #analyse}. */
    public List<Event> events(SentenceAnalysis a) {
        try {
            return assembler.assemble(a);
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
