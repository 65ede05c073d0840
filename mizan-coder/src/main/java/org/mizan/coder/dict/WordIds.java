package org.mizan.coder.dict;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.mizan.coder.text.Token;

/**
 * A sentence's tokens as ids of one {@link Vocabulary}: the upper-case key, the exact-case form, the stems
 * the token can stand for, and which tries have phrases starting with any of them. Each token is looked up
 * on first use, then every trie over the vocabulary reuses the ids, so the hashing and prefix building
 * happen once per token, not once per trie step.
 *
 * <p>Owned by the thread coding the sentence.
 */
public final class WordIds {

    /** Name endings a stem may take: demonyms, plurals and possessives. */
    private static final Set<String> STEM_ENDINGS = Set.of("", "S", "ES", "N", "NS", "AN", "ANS", "IAN", "IANS",
            "I", "IS", "ESE", "ISH", "IC", "E", "A", "IA", "ER", "ERS", "D", "ED", "ING", "ITE", "ITES", "EAN",
            "EANS", "INE", "IES", "Y", "'S");
    /** A stem is at most five letters shorter than the token, so a token has at most six. */
    private static final int MAX_STEMS = 6;

    private final Vocabulary vocabulary;
    private final List<Token> tokens;
    private final boolean[] done;
    private final int[] exact;
    private final int[] cased;
    private final int[] starts;
    /** Per token, MAX_STEMS slots: the stem ids it may match, longest stem first, then -1. */
    private final int[] stems;

    WordIds(Vocabulary vocabulary, List<Token> tokens) {
        this.vocabulary = vocabulary;
        this.tokens = tokens;
        int n = tokens.size();
        done = new boolean[n];
        exact = new int[n];
        cased = new int[n];
        starts = new int[n];
        stems = new int[n * MAX_STEMS];
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }

    /** Id of token {@code i}'s key, or -1. */
    int exact(int i) {
        fill(i);
        return exact[i];
    }

    /** Id of token {@code i} as written with a leading '=', or -1. */
    int cased(int i) {
        fill(i);
        return cased[i];
    }

    /** The tries (bits, see {@link Vocabulary#register}) with a phrase that may start at token {@code i}. */
    int starts(int i) {
        fill(i);
        return starts[i];
    }

    /** The {@code k}-th stem (longest first) token {@code i} may match, or -1 when there are no more. */
    int stem(int i, int k) {
        fill(i);
        return k >= MAX_STEMS ? -1 : stems[i * MAX_STEMS + k];
    }

    private void fill(int i) {
        if (done[i]) {
            return;
        }
        Token t = tokens.get(i);
        String key = t.key();
        int id = vocabulary.id(key);
        exact[i] = id;
        int s = id < 0 ? 0 : vocabulary.starts(id);
        int c = id >= 0 && vocabulary.casedKey(id) ? vocabulary.casedId(t.text()) : -1;
        cased[i] = c;
        s |= c < 0 ? 0 : vocabulary.starts(c);
        starts[i] = s | fillStems(key, i * MAX_STEMS);
        done[i] = true;
    }

    /**
     * Finds the prefixes of {@code key} that are stems and leave an acceptable ending, longest first; returns
     * the tries with phrases starting with one of them.
     */
    private int fillStems(String key, int base) {
        Arrays.fill(stems, base, base + MAX_STEMS, -1);
        int n = key.length();
        int shortest = Math.max(Math.max(2, n - (MAX_STEMS - 1)), vocabulary.shortestStem());
        int longest = Math.min(n, vocabulary.longestStem());
        int starts = 0;
        int h = 0;
        for (int len = 1; len <= longest; len++) {
            h = 31 * h + key.charAt(len - 1); // String.hashCode of the prefix, built as it grows
            if (len >= shortest) {
                int id = vocabulary.stemId(key, len, h);
                // stems of five letters or more take any ending the window allows
                if (id >= 0 && (len >= 5 || STEM_ENDINGS.contains(key.substring(len)))) {
                    stems[base + n - len] = id;
                    starts |= vocabulary.stemStarts(id);
                }
            }
        }
        int w = base;
        for (int k = base; k < base + MAX_STEMS; k++) {
            if (stems[k] >= 0) {
                stems[w++] = stems[k];
            }
        }
        Arrays.fill(stems, w, base + MAX_STEMS, -1);
        return starts;
    }
}
