package org.mizan.coder.stage;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.mizan.coder.dict.PatternNeeds;
import org.mizan.coder.dict.Synset;
import org.mizan.coder.text.Token;

/**
 * A sentence's words as a verb pattern can match them, for the cheap test of {@link PatternNeeds} before
 * the real match ({@link PatternMatcher}). Holds what {@link PatternMatcher#wordMatches} and its open
 * compounds can reach: every token key; every key shortened by up to three letters (a stem "TALK*" takes
 * up to three more); and two neighbouring keys joined ("air strike" for "AIRSTRIKE").
 *
 * <p>Only their String hashes are kept, in two small open-addressing tables built without making a
 * string: a colliding hash lets a pattern through to the real match, never the other way, so the test
 * stays a superset of what matches. It runs some thirty times per verb mention; building strings for it
 * cost more than it saved.
 */
final class PatternKeys {

    /** A stem takes up to this many letters more (see {@link PatternMatcher#wordMatches}). */
    private static final int STEM_EXTRA = 3;

    private final int[] words;
    private final int[] stems;
    private final Map<Synset, Boolean> synsets = new IdentityHashMap<>();

    PatternKeys(List<Token> tokens) {
        int n = tokens.size();
        words = new int[tableSize(2 * n)];
        stems = new int[tableSize(2 * (STEM_EXTRA + 1) * n)];
        for (int i = 0; i < n; i++) {
            String key = tokens.get(i).key();
            int h = addPrefixes(key, 0, 0, key.length());
            String next = i + 1 < n ? tokens.get(i + 1).key() : "";
            // PatternMatcher.split's conditions for reading two tokens as one word
            if (key.length() >= 2 && next.length() >= 2 && Character.isLetter(key.charAt(0))) {
                addPrefixes(next, h, key.length(), key.length() + next.length());
            }
        }
    }

    /**
     * Adds the hashes of the words that continue a word of {@code done} chars hashing to {@code h} with
     * {@code s}: the whole ({@code total} chars) to the words, it and its last {@link #STEM_EXTRA} shortenings
     * to the stems. Returns the hash of the whole.
     */
    private int addPrefixes(String s, int h, int done, int total) {
        for (int k = 0; k < s.length(); k++) {
            h = 31 * h + s.charAt(k); // String.hashCode, built as the word grows
            if (done + k + 1 >= total - STEM_EXTRA) {
                add(stems, h);
            }
        }
        add(words, h);
        return h;
    }

    /** False when the sentence surely lacks something pattern {@code p} of a group with {@code needs} needs. */
    boolean mayMatch(PatternNeeds needs, int p) {
        for (int k = needs.wordCount(p) - 1; k >= 0; k--) {
            if (!contains(words, needs.wordHash(p, k))) {
                return false;
            }
        }
        for (int k = needs.stemCount(p) - 1; k >= 0; k--) {
            if (!contains(stems, needs.stemHash(p, k))) {
                return false;
            }
        }
        Synset[] sets = needs.synsets(p);
        for (int k = 0; sets != null && k < sets.length; k++) {
            Boolean found = synsets.get(sets[k]);
            if (found == null) {
                found = mayStart(sets[k]);
                synsets.put(sets[k], found);
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** False when no phrase of {@code s} can start here: none of its first words or first stems is present. */
    private boolean mayStart(Synset s) {
        if (s.hasBareStemFirst()) {
            return true;
        }
        for (int h : s.firstWordHashes()) {
            if (contains(words, h)) {
                return true;
            }
        }
        for (int h : s.firstStemHashes()) {
            if (contains(stems, h)) {
                return true;
            }
        }
        return false;
    }

    private static int tableSize(int entries) {
        return Integer.highestOneBit(Math.max(entries, 8)) * 4;
    }

    /** Hashes are stored as given, 0 as 1 (an empty slot is 0): a collision only lets more through. */
    private static void add(int[] table, int hash) {
        int h = hash == 0 ? 1 : hash;
        int mask = table.length - 1;
        for (int i = slot(h, mask); ; i = (i + 1) & mask) {
            if (table[i] == 0) {
                table[i] = h;
                return;
            }
            if (table[i] == h) {
                return;
            }
        }
    }

    private static boolean contains(int[] table, int hash) {
        int h = hash == 0 ? 1 : hash;
        int mask = table.length - 1;
        for (int i = slot(h, mask); table[i] != 0; i = (i + 1) & mask) {
            if (table[i] == h) {
                return true;
            }
        }
        return false;
    }

    private static int slot(int hash, int mask) {
        return hash * 0x9E3779B9 >>> Integer.numberOfLeadingZeros(mask);
    }
}
