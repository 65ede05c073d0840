package org.mizan.coder.text;

/**
 * One token of a sentence: the text as written, its upper-case key for dictionary look-ups, and its
 * character span in the document.
 *
 * @param text  the token as written
 * @param key   upper-case form used by every dictionary ("U.S.", "ATTACKED", "'S")
 * @param start document offset of the first character (inclusive)
 * @param end   document offset after the last character (exclusive)
 */
public record Token(String text, String key, int start, int end) {

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
