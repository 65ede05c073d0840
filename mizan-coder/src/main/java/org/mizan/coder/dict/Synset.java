package org.mizan.coder.dict;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrases of a synonym set ("&amp;CURRENCY"), each a list of upper-case words (a trailing '*' marks a
 * stem taking up to three more letters). Indexes the phrases by their first and last words, so a pattern
 * matcher tries only the few phrases that can start or end at a token instead of a set's hundreds.
 *
 * <p>Filled by a reader, then only read: safe to share between threads after that.
 */
public final class Synset extends AbstractList<List<String>> {

    private final List<List<String>> phrases = new ArrayList<>();
    /** Phrases by first word and by last word, built on first use. */
    private volatile Index byFirst;
    private volatile Index byLast;
    /** Every word of every phrase without its '*', built on first use. */
    private volatile Set<String> bareWords;
    /** Hashes of the phrases' first words: [0] exact words, [1] stems without '*', [2] non-empty if a bare '*'. */
    private volatile int[][] firstWords;

    public Synset() {
    }

    public Synset(Collection<? extends List<String>> phrases) {
        this.phrases.addAll(phrases);
    }

    @Override
    public List<String> get(int index) {
        return phrases.get(index);
    }

    @Override
    public int size() {
        return phrases.size();
    }

    @Override
    public void add(int index, List<String> phrase) {
        phrases.add(index, phrase);
        byFirst = null;
        byLast = null;
        bareWords = null;
        firstWords = null;
    }

    /** True when a word of some phrase, its '*' removed, is one of {@code words}. */
    public boolean hasAny(Set<String> words) {
        Set<String> bare = bareWords;
        if (bare == null) {
            bare = new HashSet<>();
            for (List<String> p : phrases) {
                for (String w : p) {
                    bare.add(w.replace("*", ""));
                }
            }
            bareWords = bare;
        }
        for (String w : words) {
            if (bare.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The String hashes of the phrases' exact first words (each once), for quick presence tests. */
    public int[] firstWordHashes() {
        return firstWords()[0];
    }

    /** The String hashes of the phrases' first stems, without their '*' (each once). */
    public int[] firstStemHashes() {
        return firstWords()[1];
    }

    /** True when some phrase starts with a bare "*", which takes any short word. */
    public boolean hasBareStemFirst() {
        return firstWords()[2].length > 0;
    }

    private int[][] firstWords() {
        int[][] first = firstWords;
        if (first == null) {
            Set<Integer> words = new LinkedHashSet<>();
            Set<Integer> stems = new LinkedHashSet<>();
            boolean bare = false;
            for (List<String> p : phrases) {
                String w = p.isEmpty() ? null : p.get(0);
                if (w == null) {
                    continue;
                }
                if (w.equals("*")) {
                    bare = true;
                } else if (w.endsWith("*")) {
                    stems.add(w.substring(0, w.length() - 1).hashCode());
                } else {
                    words.add(w.hashCode());
                }
            }
            first = new int[][] {ints(words), ints(stems), bare ? new int[1] : new int[0]};
            firstWords = first;
        }
        return first;
    }

    private static int[] ints(Set<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The phrases whose first word ({@code first}) or last word may match a token with upper-case {@code key}:
     * a superset of those that do, in no particular order.
     */
    public List<List<String>> touching(String key, boolean first) {
        Index index = first ? byFirst : byLast;
        if (index == null) {
            index = new Index(phrases, first);
            if (first) {
                byFirst = index;
            } else {
                byLast = index;
            }
        }
        return index.touching(key);
    }

    /** Phrases by one edge word: exact words, and stems (without their '*') with the lengths they come in. */
    private static final class Index {
        final Map<String, List<List<String>>> words = new HashMap<>();
        final Map<String, List<List<String>>> stems = new HashMap<>();
        long stemLengths;

        Index(List<List<String>> phrases, boolean first) {
            for (List<String> p : phrases) {
                if (p.isEmpty()) {
                    continue;
                }
                String w = first ? p.get(0) : p.get(p.size() - 1);
                if (w.endsWith("*")) {
                    String stem = w.substring(0, w.length() - 1);
                    stems.computeIfAbsent(stem, k -> new ArrayList<>()).add(p);
                    stemLengths |= 1L << Math.min(stem.length(), 63);
                } else {
                    words.computeIfAbsent(w, k -> new ArrayList<>()).add(p);
                }
            }
        }

        List<List<String>> touching(String key) {
            List<List<String>> out = words.getOrDefault(key, List.of());
            // a stem takes up to three more letters
            for (int extra = 0; extra <= 3 && extra <= key.length(); extra++) {
                int len = key.length() - extra;
                List<List<String>> more = len < 63 && (stemLengths & 1L << len) == 0 ? null
                        : stems.get(key.substring(0, len));
                if (more != null) {
                    if (out.isEmpty()) {
                        out = more;
                    } else {
                        out = new ArrayList<>(out);
                        out.addAll(more);
                    }
                }
            }
            return out;
        }
    }
}
