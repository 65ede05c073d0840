package org.mizan.coder.text;

import java.util.Locale;

/**
 * One token of a sentence: the text as written, its upper-case key for dictionary look-ups, and its
 * character span in the document.
 *
 * @param text  the token as written
 * @param key   {@link #keyOf} the text: the form every dictionary looks up ("U.S.", "ATTACKED", "'S")
 * @param start document offset of the first character (inclusive)
 * @param end   document offset after the last character (exclusive)
 */
public record Token(String text, String key, int start, int end) {

    /** The key of a token written {@code text}: upper case, with a typographic apostrophe made plain. */
    public static String keyOf(String text) {
        return text.toUpperCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** True when the token starts with an upper-case letter: a cheap hint for names. */
    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** True for a token made only of punctuation. */
    public boolean punctuation() {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
