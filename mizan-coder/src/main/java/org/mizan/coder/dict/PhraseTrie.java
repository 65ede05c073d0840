package org.mizan.coder.dict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.coder.text.Token;

/**
 * A trie of phrases over upper-case token keys, answering "the longest phrase starting at token i".
 *
 * <p>A phrase word starting with {@code =} matches only a token written exactly so ("=US" matches "US",
 * never "us"). A phrase word ending in {@code *} is a stem: it matches any token that starts with it and ends in a
 * short English name ending ("PAKISTAN*" matches "Pakistani", "Pakistanis"); a stem of five letters or
 * more takes any ending of up to five letters ("AFGHAN*" matches "Afghanistan"). Optionally a capitalised
 * token of five letters or more may match a stored word within a small edit distance ("Bilavel" for
 * "Bilawal"); such a match is flagged {@code fuzzy} and must be part of a phrase of at least two words
 * with one exact word, so a lone misspelling never creates an actor.
 *
 * <p>Built once by a reader, then only read (apart from an internal, thread-safe cache of fuzzy
 * candidates): safe to share between threads after construction. Cost of a look-up: O(phrase length x
 * six) hash probes; a fuzzy look-up at the root scans the words of one first letter and length once per
 * distinct key.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTrie<V> {

    /** Name endings a stem may take: demonyms, plurals and possessives. */
    private static final Set<String> STEM_ENDINGS = Set.of("", "S", "ES", "N", "NS", "AN", "ANS", "IAN", "IANS",
            "I", "IS", "ESE", "ISH", "IC", "E", "A", "IA", "ER", "ERS", "D", "ED", "ING", "ITE", "ITES", "EAN",
            "EANS", "INE", "IES", "Y", "'S");

    private final Node<V> root = new Node<>();
    private int size;
    /** Root words by first letter and length, so a fuzzy look-up at the root scans a few dozen words. */
    private volatile Map<String, List<String>> rootIndex;
    /** Root words near a misspelt key; a bounded cache, safe to share between threads. */
    private final Map<String, List<String>> fuzzyCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** A match: tokens [start, end), the values stored there, and whether a word was matched fuzzily. */
    public record Match<V>(int start, int end, List<V> values, boolean fuzzy) {
    }

    private static final class Node<V> {
        boolean cased;
        Map<String, Node<V>> exact;
        Map<String, Node<V>> stems;
        List<V> values;
    }

    /** Adds {@code value} under the phrase {@code words} (upper case; a trailing '*' marks a stem). */
    public void add(List<String> words, V value) {
        if (words.isEmpty()) {
            return;
        }
        Node<V> n = root;
        for (String w : words) {
            boolean stem = w.endsWith("*") && w.length() > 1;
            String k = stem ? w.substring(0, w.length() - 1) : w;
            Map<String, Node<V>> m;
            if (stem) {
                m = n.stems == null ? (n.stems = new HashMap<>()) : n.stems;
            } else {
                n.cased |= k.startsWith("=");
                m = n.exact == null ? (n.exact = new HashMap<>()) : n.exact;
            }
            n = m.computeIfAbsent(k, x -> new Node<>());
        }
        if (n.values == null) {
            n.values = new ArrayList<>(1);
        }
        if (!n.values.contains(value)) {
            n.values.add(value);
            size++;
        }
    }

    public int size() {
        return size;
    }

    /** The longest phrase starting at token {@code from}, or null. */
    public Match<V> longest(List<Token> tokens, int from) {
        return longest(tokens, from, false);
    }

    /** The longest phrase starting at {@code from}; with {@code fuzzy}, one misspelt word is tolerated. */
    public Match<V> longest(List<Token> tokens, int from, boolean fuzzy) {
        Match<V> best = walk(root, tokens, from, from, false, false);
        if (best == null && fuzzy) {
            best = walk(root, tokens, from, from, true, false);
        }
        return best;
    }

    private Match<V> walk(Node<V> n, List<Token> tokens, int start, int i, boolean allowFuzzy, boolean usedFuzzy) {
        Match<V> best = n.values != null && i > start && (!usedFuzzy || i - start >= 2)
                ? new Match<>(start, i, n.values, usedFuzzy) : null;
        if (i >= tokens.size()) {
            return best;
        }
        String key = tokens.get(i).key();
        Node<V> exact = n.exact == null ? null : n.exact.get(key);
        Node<V> stem = null;
        if (n.stems != null) {
            // endings are at most five letters, so only the last few prefixes can be stems
            for (int len = key.length(); len >= Math.max(2, key.length() - 5); len--) {
                Node<V> s = n.stems.get(key.substring(0, len));
                if (s != null && (STEM_ENDINGS.contains(key.substring(len)) || len >= 5 && key.length() - len <= 5)) {
                    stem = s;
                    break;
                }
            }
        }
        if (exact != null) {
            best = longer(best, walk(exact, tokens, start, i + 1, allowFuzzy, usedFuzzy));
        }
        if (n.cased) {
            Node<V> cased = n.exact.get("=" + tokens.get(i).text());
            if (cased != null) {
                exact = cased;
                best = longer(best, walk(cased, tokens, start, i + 1, allowFuzzy, usedFuzzy));
            }
        }
        if (stem != null) {
            best = longer(best, walk(stem, tokens, start, i + 1, allowFuzzy, usedFuzzy));
        }
        // a misspelt word only counts inside a longer name, so the next word must look like a name too
        if (exact == null && stem == null && allowFuzzy && i + 1 < tokens.size() && tokens.get(i + 1).capitalised() && !usedFuzzy && n.exact != null && tokens.get(i).capitalised()
                && key.length() >= 5) {
            for (Map.Entry<String, Node<V>> e : candidates(n, key)) {
                Match<V> m = walk(e.getValue(), tokens, start, i + 1, false, true);
                best = longer(best, m);
            }
        }
        return best;
    }

    private List<Map.Entry<String, Node<V>>> candidates(Node<V> n, String key) {
        List<Map.Entry<String, Node<V>>> out = new ArrayList<>();
        int limit = key.length() >= 7 ? 2 : 1;
        if (n == root) {
            // names recur in news, so the near words of a root key are worth remembering
            List<String> near = fuzzyCache.get(key);
            if (near == null) {
                near = new ArrayList<>(1);
                Map<String, List<String>> index = rootIndex();
                for (int len = key.length() - limit; len <= key.length() + limit; len++) {
                    for (String w : index.getOrDefault(key.charAt(0) + ":" + len, List.of())) {
                        if (EditDistance.within(w, key, limit)) {
                            near.add(w);
                        }
                    }
                }
                if (fuzzyCache.size() < 100_000) {
                    fuzzyCache.put(key, near);
                }
            }
            for (String w : near) {
                out.add(Map.entry(w, root.exact.get(w)));
            }
            return out;
        }
        if (n.exact.size() > 64) {
            return out; // a fuzzy guess among many continuations is more likely wrong than right
        }
        for (Map.Entry<String, Node<V>> e : n.exact.entrySet()) {
            String w = e.getKey();
            if (w.length() >= 5 && w.charAt(0) == key.charAt(0) && Math.abs(w.length() - key.length()) <= limit
                    && EditDistance.within(w, key, limit)) {
                out.add(e);
            }
        }
        return out;
    }

    private Map<String, List<String>> rootIndex() {
        Map<String, List<String>> index = rootIndex;
        if (index == null) {
            index = new HashMap<>();
            if (root.exact != null) {
                for (Map.Entry<String, Node<V>> e : root.exact.entrySet()) {
                    String w = e.getKey();
                    // only words that begin longer phrases can take part in a fuzzy match
                    if (w.length() >= 5 && e.getValue().exact != null) {
                        index.computeIfAbsent(w.charAt(0) + ":" + w.length(), x -> new ArrayList<>()).add(w);
                    }
                }
            }
            rootIndex = index;
        }
        return index;
    }

    private static <V> Match<V> longer(Match<V> a, Match<V> b) {
        if (b == null) {
            return a;
        }
        if (a == null) {
            return b;
        }
        if (b.end() != a.end()) {
            return b.end() > a.end() ? b : a;
        }
        return a.fuzzy() && !b.fuzzy() ? b : a;
    }
}
