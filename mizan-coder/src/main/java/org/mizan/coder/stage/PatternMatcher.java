package org.mizan.coder.stage;

import java.util.List;
import org.mizan.coder.dict.PatternElement;
import org.mizan.coder.dict.Synset;
import org.mizan.coder.dict.VerbPattern;

/**
 * Matches one verb pattern around one verb mention, binding the pattern's actor slots.
 *
 * <p>Elements after the verb are matched left to right, elements before it right to left; an element may
 * be preceded by up to {@link #GAP} unmatched tokens unless it is marked adjacent. Backtracking is bounded
 * by the pattern's length times the gap, so a match costs O(elements x GAP) token comparisons in practice.
 */
final class PatternMatcher {

    static final int GAP = 8;

    /** What a successful match bound: the actor slots (or null) and the last token the pattern used. */
    record Binding(ActorMention source, ActorMention target, int lastToken, int matched, boolean fronted,
                   int stemmed) {

        Binding(ActorMention source, ActorMention target, int lastToken, int matched) {
            this(source, target, lastToken, matched, false, 0);
        }

        Binding(ActorMention source, ActorMention target, int lastToken, int matched, boolean fronted) {
            this(source, target, lastToken, matched, fronted, 0);
        }

        Binding plus(int tokens) {
            return new Binding(source, target, lastToken, matched + tokens, fronted, stemmed);
        }

        /** This binding with one more word matched by its stem only ("SANCTION*" on "SANCTIONS"). */
        Binding stem(boolean stemOnly) {
            return stemOnly ? new Binding(source, target, lastToken, matched, fronted, stemmed + 1) : this;
        }
    }

    private PatternMatcher() {
    }

    static Binding match(SentenceAnalysis a, VerbMention v, VerbPattern p) {
        Binding after = forward(a, p.after(), 0, v.end(), new Binding(null, null, v.end() - 1, 0));
        Binding b = after == null ? null : backward(a, p.before(), p.before().size() - 1, v.start() - 1, after);
        if (b == null && v.passive() && after != null && !p.before().isEmpty()) {
            // the passive puts the subject in its "by" phrase: "MH17 was blown up by a missile" matches
            // "missile <blow_up>"
            int by = byAfter(a, v.end());
            Binding f = by < 0 ? null : forward(a, p.before(), 0, by + 1, after);
            return f == null || f.matched() == after.matched() ? null : f;
        }
        if (b != null || !v.passive() || p.after().isEmpty() || !p.before().isEmpty()) {
            return b;
        }
        // the passive puts the object first: "evidence against Russia was presented by the US" matches
        // "<present> evidence against $target", "sanctions were imposed on Iran" matches "<impose> &sanctions"
        Binding f = backward(a, p.after(), p.after().size() - 1, v.start() - 1,
                new Binding(null, null, v.end() - 1, 0, true, 0));
        return f == null || f.matched() == 0 ? null : f;
    }

    /** The "by" right after a passive verb (within a few words, in its clause), or -1. */
    private static int byAfter(SentenceAnalysis a, int from) {
        for (int k = from; k < a.tokens().size() && k < from + 6; k++) {
            if (a.key(k).equals("BY")) {
                return k;
            }
            if (Words.CLAUSE_BREAKS.contains(a.key(k)) || a.key(k).equals(",")) {
                return -1;
            }
        }
        return -1;
    }

    private static Binding forward(SentenceAnalysis a, List<PatternElement> els, int e, int pos, Binding b) {
        if (e == els.size()) {
            return b;
        }
        PatternElement el = els.get(e);
        int last = el.adjacent() ? pos : Math.min(pos + GAP, a.tokens().size() - 1);
        for (int c = pos; c <= last; c++) {
            int len = lengthAt(a, el, c, true);
            if (len > 0) {
                Binding nb = bind(a, el, c, true, new Binding(b.source(), b.target(), Math.max(b.lastToken(), c + len - 1),
                        b.matched() + (el.literal() ? len : 0), b.fronted(), b.stemmed()).stem(stemOnly(a, el, c)));
                Binding r = forward(a, els, e + 1, c + len, nb);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private static Binding backward(SentenceAnalysis a, List<PatternElement> els, int e, int pos, Binding b) {
        if (e < 0) {
            return b;
        }
        PatternElement el = els.get(e);
        int first = el.adjacent() ? pos : Math.max(pos - GAP, 0);
        for (int c = pos; c >= first; c--) {
            int len = lengthAt(a, el, c, false);
            if (len > 0) {
                Binding nb = bind(a, el, c, false, (el.literal() ? b.plus(len) : b).stem(stemOnly(a, el, c)));
                Binding r = backward(a, els, e - 1, c - len, nb);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    private static Binding bind(SentenceAnalysis a, PatternElement el, int c, boolean forward, Binding b) {
        if (el.kind() != PatternElement.Kind.SOURCE && el.kind() != PatternElement.Kind.TARGET) {
            return b;
        }
        ActorMention m = a.actorAt(c);
        return el.kind() == PatternElement.Kind.SOURCE
                ? new Binding(m, b.target(), b.lastToken(), b.matched(), b.fronted(), b.stemmed())
                : new Binding(b.source(), m, b.lastToken(), b.matched(), b.fronted(), b.stemmed());
    }

    private static boolean verbStarts(SentenceAnalysis a, int c) {
        for (VerbMention v : a.verbs()) {
            if (v.start() == c) {
                return true;
            }
        }
        return false;
    }

    private static boolean stemOnly(SentenceAnalysis a, PatternElement el, int c) {
        return el.kind() == PatternElement.Kind.WORD && el.word().endsWith("*")
                && a.key(c).length() != el.word().length() - 1;
    }

    /**
     * How many tokens {@code el} covers when it ends (backward) or starts (forward) at {@code c}; 0 when
     * it does not match there.
     */
    private static int lengthAt(SentenceAnalysis a, PatternElement el, int c, boolean forward) {
        if (c < 0 || c >= a.tokens().size()) {
            return 0;
        }
        switch (el.kind()) {
            case SKIP:
                return 1;
            case SOURCE, TARGET: {
                ActorMention m = a.actorAt(c);
                if (m == null || (forward ? m.start() != c : m.end() - 1 != c)) {
                    return 0;
                }
                return m.end() - m.start();
            }
            case WORD:
                // a stem does not reach a past-tense verb of its own: "claim * attack" (the noun) is not "claimed
                // that ISIL had attacked"
                String key = a.key(c);
                if (wordMatches(el.word(), key)) {
                    return stemOnly(a, el, c) && key.endsWith("ED") && verbStarts(a, c) ? 0 : 1;
                }
                // a closed compound written open after the verb: "launched an airstrike" ~ "an air strike"
                return forward && el.word().startsWith(key) && split(el.word(), key, a.key(c + 1)) ? 2 : 0;
            default: {
                int best = 0;
                // a phrase starts (forward) or ends (backward) at c, so only those touching token c can match
                List<List<String>> phrases = el.synset() instanceof Synset set ? set.touching(a.key(c), forward)
                        : el.synset();
                for (List<String> phrase : phrases) {
                    int n = phrase.size();
                    int s = forward ? c : c - n + 1;
                    boolean ok = s >= 0 && s + n <= a.tokens().size();
                    for (int k = 0; ok && k < n; k++) {
                        ok = wordMatches(phrase.get(k), a.key(s + k));
                    }
                    if (ok && n > best) {
                        best = n;
                    }
                }
                return best;
            }
        }
    }

    private static boolean split(String word, String first, String second) {
        int n = word.endsWith("*") ? word.length() - 1 : word.length();
        return first.length() >= 2 && first.length() < n && second.length() >= 2 && word.startsWith(first)
                && Character.isLetter(first.charAt(0)) && wordMatches(word, first + second);
    }

    /** A pattern word matches a token exactly, or as a stem with a short ending ("TALK*" ~ "TALKS"). */
    static boolean wordMatches(String word, String key) {
        int n = word.length() - 1;
        if (n >= 0 && word.charAt(n) == '*') {
            return key.length() >= n && key.length() - n <= 3 && key.regionMatches(0, word, 0, n);
        }
        return word.equals(key);
    }
}
