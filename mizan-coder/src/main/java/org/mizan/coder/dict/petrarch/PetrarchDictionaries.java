package org.mizan.coder.dict.petrarch;

import java.nio.file.Path;
import java.util.List;
import org.mizan.coder.dict.ActorEntry;
import org.mizan.coder.dict.AgentEntry;
import org.mizan.coder.dict.DictionarySet;
import org.mizan.coder.dict.DiscardEntry;
import org.mizan.coder.dict.PhraseTrie;
import org.mizan.coder.dict.VerbDictionary;
import org.mizan.coder.dict.Vocabulary;

/**
 * Builds a {@link DictionarySet} from PETRARCH-format files, as a user of PETRARCH2 has them.
 *
 * <p>{@link #phoenix(Path)} reads the Phoenix set from a directory (CAMEO.2.0.txt, the three Phoenix actor
 * files, Phoenix.agents.txt, Phoenix.IssueCoding.txt, Phoenix.discards.txt); {@link #validation(Path)} the
 * PETR.Validate.* set the PETRARCH unit tests are written against; {@link #of} any combination.
 */
public final class PetrarchDictionaries {

    private PetrarchDictionaries() {
    }

    public static DictionarySet phoenix(Path dir) {
        return of("phoenix", dir.resolve("CAMEO.2.0.txt"),
                List.of(dir.resolve("Phoenix.Countries.actors.txt"), dir.resolve("Phoenix.International.actors.txt"),
                        dir.resolve("Phoenix.MilNonState.actors.txt")),
                dir.resolve("Phoenix.agents.txt"), dir.resolve("Phoenix.IssueCoding.txt"),
                dir.resolve("Phoenix.discards.txt"));
    }

    public static DictionarySet validation(Path dir) {
        return of("petrarch-validation", dir.resolve("PETR.Validate.verbs.txt"),
                List.of(dir.resolve("PETR.Validate.actors.txt")), dir.resolve("PETR.Validate.agents.txt"), null,
                dir.resolve("PETR.Validate.discards.txt"));
    }

    /** A set from the given files; {@code issues} and {@code discards} may be null. */
    public static DictionarySet of(String name, Path verbs, List<Path> actors, Path agents, Path issues,
                                   Path discards) {
        VerbDictionary verbDict = PetrarchVerbReader.read(Lines.read(verbs));
        // one vocabulary for all tries, so a sentence's tokens are looked up once for all of them
        Vocabulary words = verbDict.forms().vocabulary();
        PhraseTrie<ActorEntry> actorTrie = new PhraseTrie<>(words);
        for (Path p : actors) {
            PetrarchActorReader.read(Lines.read(p), actorTrie);
        }
        PhraseTrie<AgentEntry> agentTrie = new PhraseTrie<>(words);
        if (agents != null) {
            PetrarchAgentReader.read(Lines.read(agents), agentTrie);
        }
        PhraseTrie<String> issueTrie = new PhraseTrie<>(words);
        if (issues != null) {
            PetrarchIssueReader.read(Lines.read(issues), issueTrie);
        }
        PhraseTrie<DiscardEntry> discardTrie = new PhraseTrie<>(words);
        if (discards != null) {
            PetrarchDiscardReader.read(Lines.read(discards), discardTrie);
        }
        return new DictionarySet(name, actorTrie, agentTrie, verbDict, issueTrie, discardTrie);
    }
}
