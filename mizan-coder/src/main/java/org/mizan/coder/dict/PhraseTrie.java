package org.mizan.coder.dict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * <p>Words are stored as ids of a {@link Vocabulary}, which the tries of a dictionary set share: a
 * sentence's tokens are then looked up once ({@link WordIds}) and each trie step is an int probe.
 *
 * <p>Built once by a reader, then only read (apart from an internal, thread-safe cache of fuzzy
 * candidates): safe to share between threads after construction. Cost of a look-up: O(phrase length x
 * six) int probes; a fuzzy look-up at the root scans the words of one first letter and length once per
 * distinct key.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTrie<V> {

    private final Vocabulary vocabulary;
    /** This trie's bit in the vocabulary's record of which tries a word starts phrases in. */
    private final int bit;
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
        IdMap<Node<V>> exact;
        IdMap<Node<V>> stems;
        List<V> values;
    }

    /** A trie with a vocabulary of its own. */
    public PhraseTrie() {
        this(new Vocabulary());
    }

    /** A trie whose words go into {@code vocabulary}, typically shared with the other tries of a set. */
    public PhraseTrie(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.bit = vocabulary.register();
    }

    public Vocabulary vocabulary() {
        return vocabulary;
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
            IdMap<Node<V>> m;
            if (stem) {
                m = n.stems == null ? (n.stems = new IdMap<>()) : n.stems;
            } else {
                n.cased |= k.startsWith("=");
                m = n.exact == null ? (n.exact = new IdMap<>()) : n.exact;
            }
            int id = vocabulary.add(k, stem);
            if (n == root) {
                vocabulary.starts(id, bit, stem);
            }
            Node<V> next = m.get(id);
            if (next == null) {
                next = new Node<>();
                m.put(id, next);
            }
            n = next;
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
        return longest(vocabulary.ids(tokens), from, false);
    }

    /** The longest phrase starting at {@code from}; with {@code fuzzy}, one misspelt word is tolerated. */
    public Match<V> longest(List<Token> tokens, int from, boolean fuzzy) {
        return longest(vocabulary.ids(tokens), from, fuzzy);
    }

    /** As {@link #longest(List, int, boolean)}, over tokens already looked up (in any vocabulary). */
    public Match<V> longest(WordIds ids, int from, boolean fuzzy) {
        WordIds own = ids.vocabulary() == vocabulary ? ids : vocabulary.ids(ids.tokens());
        if (bit != 0 && from < own.size() && (own.starts(from) & bit) == 0) {
            // no phrase starts with this token, as for most tokens: only a guess at a misspelling could find one
            return fuzzy && guessable(root, own.tokens(), from) ? new Walk(own, from).walk(root, from, true, false)
                    : null;
        }
        Walk w = new Walk(own, from);
        Match<V> best = w.walk(root, from, false, false);
        // the fuzzy walk retraces the exact one and differs only where the exact one met a chance to guess
        if (best == null && fuzzy && w.fuzzyChance) {
            best = w.walk(root, from, true, false);
        }
        return best;
    }

    /** One look-up: the tokens, where the phrase starts, and whether a fuzzy walk could find more. */
    private final class Walk {
        private final WordIds ids;
        private final int start;
        private boolean fuzzyChance;

        Walk(WordIds ids, int start) {
            this.ids = ids;
            this.start = start;
        }

        Match<V> walk(Node<V> n, int i, boolean allowFuzzy, boolean usedFuzzy) {
            Match<V> best = n.values != null && i > start && (!usedFuzzy || i - start >= 2)
                    ? new Match<>(start, i, n.values, usedFuzzy) : null;
            if (i >= ids.size()) {
                return best;
            }
            int id = ids.exact(i);
            Node<V> exact = n.exact == null || id < 0 ? null : n.exact.get(id);
            Node<V> stem = null;
            if (n.stems != null) {
                for (int k = 0, s; stem == null && (s = ids.stem(i, k)) >= 0; k++) {
                    stem = n.stems.get(s);
                }
            }
            if (exact != null) {
                best = longer(best, walk(exact, i + 1, allowFuzzy, usedFuzzy));
            }
            if (n.cased) {
                int c = ids.cased(i);
                Node<V> cased = c < 0 ? null : n.exact.get(c);
                if (cased != null) {
                    exact = cased;
                    best = longer(best, walk(cased, i + 1, allowFuzzy, usedFuzzy));
                }
            }
            if (stem != null) {
                best = longer(best, walk(stem, i + 1, allowFuzzy, usedFuzzy));
            }
            if (exact == null && stem == null && !usedFuzzy && guessable(n, ids.tokens(), i)) {
                if (!allowFuzzy) {
                    fuzzyChance = true;
                    return best;
                }
                for (Node<V> c : candidates(n, ids.tokens().get(i).key())) {
                    best = longer(best, walk(c, i + 1, false, true));
                }
            }
            return best;
        }
    }

    /** Whether token {@code i}, matching no word after {@code n}, may be a misspelling of one. */
    private static boolean guessable(Node<?> n, List<Token> t, int i) {
        // a misspelt word only counts inside a longer name, so the next word must look like a name too
        return n.exact != null && i + 1 < t.size() && t.get(i + 1).capitalised() && t.get(i).capitalised()
                && t.get(i).key().length() >= 5;
    }

    private List<Node<V>> candidates(Node<V> n, String key) {
        List<Node<V>> out = new ArrayList<>();
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
                out.add(root.exact.get(vocabulary.id(w)));
            }
            return out;
        }
        if (n.exact.size() > 64) {
            return out; // a fuzzy guess among many continuations is more likely wrong than right
        }
        for (Map.Entry<String, Node<V>> e : byWord(n.exact).entrySet()) {
            String w = e.getKey();
            if (w.length() >= 5 && w.charAt(0) == key.charAt(0) && Math.abs(w.length() - key.length()) <= limit
                    && EditDistance.within(w, key, limit)) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    /**
     * The children of a node keyed by word, in the order a HashMap filled word by word iterates them: the
     * order fuzzy candidates have always been tried in, which decides between equally good guesses.
     */
    private Map<String, Node<V>> byWord(IdMap<Node<V>> children) {
        Map<String, Node<V>> out = new HashMap<>();
        for (int p = 0; p < children.size(); p++) {
            Node<V> child = children.valueAt(p);
            out.computeIfAbsent(vocabulary.word(children.idAt(p)), x -> child);
        }
        return out;
    }

    private Map<String, List<String>> rootIndex() {
        Map<String, List<String>> index = rootIndex;
        if (index == null) {
            index = new HashMap<>();
            if (root.exact != null) {
                for (Map.Entry<String, Node<V>> e : byWord(root.exact).entrySet()) {
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
