package org.mizan.coder.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into word, number and punctuation tokens with document offsets.
 *
 * <p>Words keep inner hyphens ("war-torn"), inner apostrophes of names ("O'Brien"), and periods of
 * abbreviations ("U.S.", "U.N."); a name before "-led", "-backed", "-based" ... is split off ("Saudi-led"
 * = "Saudi" "-" "led"); the English clitics "'s" and "n't" become tokens of their own so
 * "Pakistan's" matches the dictionary name "Pakistan" and "didn't" shows its negation. Numbers keep their
 * separators ("50,000", "11.8"). Every other non-space character is a one-character token.
 *
 * <p>Contract: tokens are in order, do not overlap, lie inside {@code [from, to)} of the text, and cover
 * every character that is not white space or '_' exactly once ('_' is read as a space, as in dictionary
 * notation: "Dol_Amroth"). Cost: one pass, O(n).
 */
public final class Tokenizer {

    private static final java.util.Set<String> ATTRIBUTIVE = java.util.Set.of("LED", "BACKED", "BASED", "ALLIED",
            "ALIGNED", "CONTROLLED", "HELD", "OWNED", "RUN", "SPONSORED", "FUNDED", "BROKERED", "LINKED",
            "AFFILIATED", "OCCUPIED", "ANNEXED", "APPOINTED", "SUPPORTED", "BOUND", "MADE", "BUILT", "SUPPLIED",
            "DESIGNED", "PRODUCED", "MANUFACTURED", "PROVIDED", "DONATED");

    /** Tokens of {@code text[from, to)}, offsets relative to the whole {@code text}. */
    public List<Token> tokenize(String text, int from, int to) {
        List<Token> out = new ArrayList<>(Math.max(4, (to - from) / 5));
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '_') {
                i++; // '_' joins words in dictionary notation; in text it separates them
            } else if (Character.isLetterOrDigit(c)) {
                i = word(text, i, to, out);
            } else {
                add(out, text, i, i + 1);
                i++;
            }
        }
        return out;
    }

    public List<Token> tokenize(Sentence s, String documentText) {
        return tokenize(documentText, s.start(), s.end());
    }

    private static int word(String text, int start, int to, List<Token> out) {
        int i = start;
        boolean digits = Character.isDigit(text.charAt(start));
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if ((c == '-' || c == '.' || c == ',' || c == '\'' || c == '\u2019') && i + 1 < to
                    && Character.isLetterOrDigit(text.charAt(i + 1))) {
                if (c == ',' && !(digits && Character.isDigit(text.charAt(i + 1)))) {
                    break;
                }
                if (c == '.' && !digits && !initials(text, start, i)) {
                    break;
                }
                if (c == '\'' || c == '\u2019') {
                    if (clitic(text, i, to)) {
                        break;
                    }
                    if (negation(text, start, i, to)) {
                        add(out, text, start, i - 1);
                        add(out, text, i - 1, i + 2);
                        return i + 2;
                    }
                }
                i++;
            } else {
                break;
            }
        }
        // a trailing period after single-letter groups ("U.S.") belongs to the word
        if (i < to && text.charAt(i) == '.' && !digits && initials(text, start, i) && i - start >= 3) {
            i++;
        }
        int end = i;
        // "Saudi-led", "Russian-backed": the name is an actor of its own
        int hyphen = end - 1;
        while (hyphen > start && text.charAt(hyphen) != '-') {
            hyphen--; // only inside this word: a document-wide search would make tokenising quadratic
        }
        if (hyphen > start && !digits && ATTRIBUTIVE.contains(text.substring(hyphen + 1, end).toUpperCase(Locale.ROOT))) {
            add(out, text, start, hyphen);
            add(out, text, hyphen, hyphen + 1);
            add(out, text, hyphen + 1, end);
            return end;
        }
        add(out, text, start, end);
        if (end + 1 < to && isApostrophe(text.charAt(end)) && clitic(text, end, to)) {
            int stop = end + 2;
            add(out, text, end, stop);
            return stop;
        }
        if (end < to && isApostrophe(text.charAt(end)) && (end + 1 >= to || !Character.isLetter(text.charAt(end + 1)))
                && Character.toLowerCase(text.charAt(end - 1)) == 's') {
            add(out, text, end, end + 1); // plural possessive "ministers'"
            return end + 1;
        }
        return end;
    }

    /** True at the apostrophe of "n't" ending a word of at least two more letters ("didn't", "won't"). */
    private static boolean negation(String text, int start, int apostrophe, int to) {
        return apostrophe - start >= 3 && Character.toLowerCase(text.charAt(apostrophe - 1)) == 'n'
                && apostrophe + 1 < to && Character.toLowerCase(text.charAt(apostrophe + 1)) == 't'
                && (apostrophe + 2 >= to || !Character.isLetterOrDigit(text.charAt(apostrophe + 2)));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** True at an apostrophe followed by "s" and a word end: the possessive clitic. */
    private static boolean clitic(String text, int apostrophe, int to) {
        int s = apostrophe + 1;
        return s < to && (text.charAt(s) == 's' || text.charAt(s) == 'S')
                && (s + 1 >= to || !Character.isLetterOrDigit(text.charAt(s + 1)));
    }

    /** True when text[start, dot) is a run of single letters separated by periods ("U", "U.S"). */
    private static boolean initials(String text, int start, int dot) {
        for (int k = start; k < dot; k++) {
            boolean letter = Character.isLetter(text.charAt(k));
            boolean even = (k - start) % 2 == 0;
            if (even != letter || !even && text.charAt(k) != '.') {
                return false;
            }
        }
        return (dot - start) % 2 == 1;
    }

    private static void add(List<Token> out, String text, int start, int end) {
        String t = text.substring(start, end);
        out.add(new Token(t, Token.keyOf(t), start, end));
    }
}
