package org.mizan.coder.dict.petrarch;

import java.util.List;
import org.mizan.coder.dict.DiscardEntry;
import org.mizan.coder.dict.PhraseTrie;

/**
 * Reads a PETRARCH discard file: one phrase a line; a leading '+' discards the whole story, otherwise only
 * the sentence. Phoenix's file also lists bare years, which would discard most news and are skipped.
 */
public final class PetrarchDiscardReader {

    private PetrarchDiscardReader() {
    }

    public static int read(List<String> lines, PhraseTrie<DiscardEntry> trie) {
        int n = 0;
        for (String raw : lines) {
            String t = Lines.uncomment(raw).trim();
            if (t.isEmpty() || t.matches("\\d+") || t.startsWith("<")) {
                continue;
            }
            boolean story = t.startsWith("+");
            String phrase = story ? t.substring(1).trim() : t;
            trie.add(Lines.words(phrase, false), new DiscardEntry(phrase, story));
            n++;
        }
        return n;
    }
}
