package org.mizan.coder.stage;

import java.util.List;
import org.mizan.coder.dict.PatternElement;
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
    record Binding(ActorMention source, ActorMention target, int lastToken, int matched, boolean fronted) {

        Binding(ActorMention source, ActorMention target, int lastToken, int matched) {
            this(source, target, lastToken, matched, false);
        }

        Binding plus(int tokens) {
            return new Binding(source, target, lastToken, matched + tokens, fronted);
        }
    }

    private PatternMatcher() {
    }

    static Binding match(SentenceAnalysis a, VerbMention v, VerbPattern p) {
        Binding after = forward(a, p.after(), 0, v.end(), new Binding(null, null, v.end() - 1, 0));
        Binding b = after == null ? null : backward(a, p.before(), p.before().size() - 1, v.start() - 1, after);
        if (b != null || !v.passive() || p.after().isEmpty() || !p.before().isEmpty()) {
            return b;
        }
        // the passive puts the object first: "evidence against Russia was presented by the US" matches
        // "<present> evidence against $target", "sanctions were imposed on Iran" matches "<impose> &sanctions"
        Binding f = backward(a, p.after(), p.after().size() - 1, v.start() - 1,
                new Binding(null, null, v.end() - 1, 0, true));
        return f == null || f.matched() == 0 ? null : f;
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
                        b.matched() + (el.literal() ? len : 0), b.fronted()));
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
                Binding nb = bind(a, el, c, false, el.literal() ? b.plus(len) : b);
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
        return el.kind() == PatternElement.Kind.SOURCE ? new Binding(m, b.target(), b.lastToken(), b.matched(), b.fronted())
                : new Binding(b.source(), m, b.lastToken(), b.matched(), b.fronted());
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
                return wordMatches(el.word(), a.key(c)) ? 1 : 0;
            default: {
                int best = 0;
                for (List<String> phrase : el.synset()) {
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

    /** A pattern word matches a token exactly, or as a stem with a short ending ("TALK*" ~ "TALKS"). */
    static boolean wordMatches(String word, String key) {
        if (word.endsWith("*")) {
            int n = word.length() - 1;
            return key.length() >= n && key.length() - n <= 3 && key.regionMatches(0, word, 0, n);
        }
        return word.equals(key);
    }
}
