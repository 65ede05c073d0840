package org.mizan.coder.stage;

/** Tells a verb that dates an old event, background to the news, from the news itself. */
final class Background {

    private static final java.util.Set<String> SPANS = java.util.Set.of("YEARS", "YEAR", "MONTHS", "MONTH",
            "DECADES", "DECADE", "WEEKS");

    /**
     * A verb in a clause opened by "(five) years after" or "months after" tells of an old event that is
     * background to the news ("restored ties five years after crowds burned its embassy"): not coded, since
     * its date would be wrong. So does the verb a time phrase with "ago" dates: the verb just before it in its
     * clause ("who had been arrested 15 months ago"), or the first verb after it when it opens the sentence
     * ("Three years ago, Russia annexed Crimea").
     */
    static boolean background(SentenceAnalysis a, int verb) {
        return after(a, verb) || ago(a, verb);
    }

    private static boolean ago(SentenceAnalysis a, int verb) {
        if (!a.hasKey("AGO")) {
            return false;
        }
        for (int k = 1; k < a.tokens().size(); k++) {
            if (!a.key(k).equals("AGO") || !SPANS.contains(a.key(k - 1))) {
                continue;
            }
            if (k > verb) {
                // the nearest verb before the phrase, close to it and in its clause
                if (k - verb > 12 || Clauses.breakBetween(a, verb, k) || commaBetween(a, verb, k)) {
                    continue;
                }
                boolean nearest = true;
                for (VerbMention w : a.verbs()) {
                    nearest &= !(w.start() > verb && w.start() < k);
                }
                if (nearest) {
                    return true;
                }
            } else if (k - 3 <= 0 || a.key(k - 3).isEmpty()) {
                // "Three years ago, ...", "Two decades ago ...": the phrase opens the sentence and dates its first verb
                boolean first = true;
                for (VerbMention w : a.verbs()) {
                    first &= !(w.start() > k && w.start() < verb);
                }
                if (first) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean commaBetween(SentenceAnalysis a, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (a.key(k).equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static boolean after(SentenceAnalysis a, int verb) {
        for (int k = verb - 1; k > 0 && k >= verb - 12; k--) {
            String w = a.key(k);
            if (w.equals("AFTER") || w.equals("SINCE")) {
                return SPANS.contains(a.key(k - 1));
            }
            if (Words.CLAUSE_BREAKS.contains(w) || w.equals(",")) {
                return false;
            }
        }
        return false;
    }

    private Background() {
    }
}
