package org.mizan.coder.stage;

import org.mizan.coder.dict.DiscardEntry;
import org.mizan.coder.dict.PhraseTrie;

/**
 * Marks a sentence (or its whole story) out of scope when it contains a discard phrase: sports results,
 * entertainment, weather. A discard phrase that is a time phrase ("years ago", "15 months ago") dates an old
 * event, not the whole sentence: it is left to {@link EventStage}, which skips only the verb it dates ("issued
 * arrest warrants for men sought in the slaying of two missionaries three years ago" is news). Cost: one trie walk
 * per token.
 */
public final class DiscardStage implements Stage {

    private final PhraseTrie<DiscardEntry> discards;

    public DiscardStage(PhraseTrie<DiscardEntry> discards) {
        this.discards = discards;
    }

    @Override
    public void apply(SentenceAnalysis a) {
        if (discards.size() == 0) {
            return;
        }
        for (int i = 0; i < a.tokens().size(); i++) {
            PhraseTrie.Match<DiscardEntry> m = discards.longest(a.wordIds(discards.vocabulary()), i, false);
            if (m != null && !a.key(m.end() - 1).equals("AGO")) {
                DiscardEntry e = m.values().get(0);
                a.discard(e.reason(), e.story());
                if (e.story()) {
                    return;
                }
            }
        }
    }
}
