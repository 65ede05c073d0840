package org.mizan.coder.dict;

import java.util.Arrays;
import java.util.List;
import org.mizan.coder.text.Token;

/**
 * The words of one or more {@link PhraseTrie}s, numbered densely from 0.
 *
 * <p>Tries built over one vocabulary (a dictionary set's are) let a sentence's tokens be looked up once, in
 * {@link #ids}, instead of once per trie and trie step. Each word also records which of the tries a phrase
 * can start with it, so a token that starts nothing in a trie costs that trie no look-up at all. Prefixes
 * of a token ("PAKISTAN" of "PAKISTANI") and its exact-case form ("=US") are found without building the
 * strings, since every token tries up to six of them.
 *
 * <p>Look-ups are bound by memory latency, so the tables are flat int arrays and a word's characters sit
 * in one shared array: a found word costs two cache lines, not the four of a HashMap entry and its String.
 *
 * <p>Filled while its tries are built, then only read: safe to share between threads after that.
 */
public final class Vocabulary {

    /** Ints per table slot: the word's String hash, id + 1 (0 for an empty slot), offset and length in chars. */
    private static final int SLOT = 4;
    private static final byte STEM = 1;
    /** The key of a token that may be written as an exact-case word ("US" for "=US"). */
    private static final byte CASED_KEY = 2;

    private String[] words = new String[64];
    private byte[] flags = new byte[64];
    /** Per word, a bit per registered trie: the word starts a phrase there (as a whole word, or as a stem). */
    private int[] starts = new int[64];
    private int[] stemStarts = new int[64];
    private int size;
    /** The characters of all words, in id order; word {@code id} starts at {@code offsets[id]}. */
    private char[] chars = new char[512];
    private int charCount;
    private int[] offsets = new int[64];
    /** All words, by open addressing; at most half full. */
    private int[] table = new int[SLOT * 64];
    /** The stems alone: dictionaries have few (Phoenix: some 800 of 45,000 words), so this stays in cache. */
    private int[] stemTable = new int[SLOT * 16];
    private int stemCount;
    private int shortestStem = Integer.MAX_VALUE;
    private int longestStem;
    private int tries;

    /** The id of {@code word}, adding it if new; {@code stem} marks it as usable as a stem. */
    public int add(String word, boolean stem) {
        int id = id(word);
        if (id < 0) {
            id = append(word);
            if (word.startsWith("=") && word.length() > 1) {
                // a token written so has this key, so only tokens with it need look the exact-case form up
                String key = Token.keyOf(word.substring(1));
                int k = id(key);
                flags[k < 0 ? append(key) : k] |= CASED_KEY;
            }
        }
        if (stem && (flags[id] & STEM) == 0) {
            flags[id] |= STEM;
            if (2 * SLOT * ++stemCount > stemTable.length) {
                stemTable = new int[stemTable.length * 2];
                for (int k = 0; k < size; k++) {
                    if ((flags[k] & STEM) != 0) {
                        insert(stemTable, k);
                    }
                }
            } else {
                insert(stemTable, id);
            }
            shortestStem = Math.min(shortestStem, word.length());
            longestStem = Math.max(longestStem, word.length());
        }
        return id;
    }

    /** The id of {@code word}, or -1. */
    public int id(String word) {
        return find(table, word.hashCode(), word, word.length(), false);
    }

    public String word(int id) {
        return words[id];
    }

    public int size() {
        return size;
    }

    /** The look-ups of a sentence's tokens, made as the tries ask for them. */
    public WordIds ids(List<Token> tokens) {
        return new WordIds(this, tokens);
    }

    /** A bit for a new trie over this vocabulary, or 0 when there are too many to tell apart (then all look). */
    int register() {
        return tries < 32 ? 1 << tries++ : 0;
    }

    /** Records that trie {@code bit} has phrases starting with word {@code id}. */
    void starts(int id, int bit, boolean stem) {
        if (stem) {
            stemStarts[id] |= bit;
        } else {
            starts[id] |= bit;
        }
    }

    /** The tries (bits) with phrases starting with word {@code id} as a whole word. */
    int starts(int id) {
        return starts[id];
    }

    /** The tries (bits) with phrases starting with stem {@code id}. */
    int stemStarts(int id) {
        return stemStarts[id];
    }

    /** True when a token with key {@code id} may match an exact-case word. */
    boolean casedKey(int id) {
        return (flags[id] & CASED_KEY) != 0;
    }

    int shortestStem() {
        return shortestStem;
    }

    int longestStem() {
        return longestStem;
    }

    /** The stem id of {@code key}'s first {@code len} characters, whose String hash is {@code hash}; or -1. */
    int stemId(String key, int len, int hash) {
        return find(stemTable, hash, key, len, false);
    }

    /** The id of "=" + {@code text}, or -1. */
    int casedId(String text) {
        int h = '=';
        for (int k = 0; k < text.length(); k++) {
            h = 31 * h + text.charAt(k);
        }
        return find(table, h, text, text.length(), true);
    }

    /** The id in {@code t} of {@code s}'s first {@code len} chars, with a leading '=' when {@code cased}; or -1. */
    private int find(int[] t, int hash, String s, int len, boolean cased) {
        int mask = t.length / SLOT - 1;
        int wordLength = cased ? len + 1 : len;
        for (int i = SLOT * slot(hash, mask); t[i + 1] != 0; i = (i + SLOT) & (t.length - 1)) {
            if (t[i] == hash && t[i + 3] == wordLength && same(t[i + 2], s, len, cased)) {
                return t[i + 1] - 1;
            }
        }
        return -1;
    }

    private boolean same(int offset, String s, int len, boolean cased) {
        int o = offset;
        if (cased && chars[o++] != '=') {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (chars[o + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int append(String word) {
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
            flags = Arrays.copyOf(flags, size * 2);
            starts = Arrays.copyOf(starts, size * 2);
            stemStarts = Arrays.copyOf(stemStarts, size * 2);
            offsets = Arrays.copyOf(offsets, size * 2);
        }
        while (charCount + word.length() > chars.length) {
            chars = Arrays.copyOf(chars, chars.length * 2);
        }
        int id = size++;
        words[id] = word;
        offsets[id] = charCount;
        word.getChars(0, word.length(), chars, charCount);
        charCount += word.length();
        if (2 * SLOT * size > table.length) {
            table = new int[table.length * 2];
            for (int k = 0; k < size; k++) {
                insert(table, k);
            }
        } else {
            insert(table, id);
        }
        return id;
    }

    private void insert(int[] t, int id) {
        String w = words[id];
        int h = w.hashCode();
        int i = SLOT * slot(h, t.length / SLOT - 1);
        while (t[i + 1] != 0) {
            i = (i + SLOT) & (t.length - 1);
        }
        t[i] = h;
        t[i + 1] = id + 1;
        t[i + 2] = offsets[id];
        t[i + 3] = w.length();
    }

    /** Words differing in their last letter hash to neighbours, which would cluster in a probed table. */
    private static int slot(int hash, int mask) {
        return hash * 0x9E3779B9 >>> Integer.numberOfLeadingZeros(mask);
    }
}
