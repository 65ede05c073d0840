package org.mizan.coder.dict;

import java.util.List;

/**
 * A verb pattern: words that must come before and after the verb for a more specific code ("agree ... to
 * ceasefire" = 0356 where "agree" alone is 050).
 *
 * @param before    elements before the verb, nearest the verb last
 * @param after     elements after the verb, nearest the verb first
 * @param code      CAMEO event code for source acting on target, or null for "do not code"
 * @param pairCode  code of the reciprocal event target -> source (visit 042 / host 043), or null
 * @param intentCode code when the pattern is stated as an intention ("will visit" = 036), or null
 * @param text      the pattern as written, for diagnostics
 */
public record VerbPattern(List<PatternElement> before, List<PatternElement> after, String code, String pairCode,
                          String intentCode, String text) {

    public VerbPattern {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** How many literal elements the pattern has: the more, the more specific. */
    public int specificity() {
        int n = 0;
        for (PatternElement e : before) {
            n += e.literal() ? 1 : 0;
        }
        for (PatternElement e : after) {
            n += e.literal() ? 1 : 0;
        }
        return n;
    }
}
