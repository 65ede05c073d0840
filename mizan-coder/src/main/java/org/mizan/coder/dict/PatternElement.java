package org.mizan.coder.dict;

import java.util.List;

/**
 * One element of a verb pattern: a literal word, a synonym set, an actor slot, or "skip one token".
 *
 * @param kind     what the element matches
 * @param word     the upper-case word for {@link Kind#WORD}; a trailing '*' marks a stem
 * @param synset   the phrases of a {@link Kind#SYNSET}, each a list of upper-case words
 * @param adjacent true when no token may come between this element and the previous one (or the verb)
 */
public record PatternElement(Kind kind, String word, List<List<String>> synset, boolean adjacent) {

    /** The kinds of pattern element. */
    public enum Kind { WORD, SYNSET, SOURCE, TARGET, SKIP }

    public static PatternElement word(String w, boolean adjacent) {
        return new PatternElement(Kind.WORD, w, List.of(), adjacent);
    }

    /** True for elements that count towards a pattern's specificity. */
    public boolean literal() {
        return kind == Kind.WORD || kind == Kind.SYNSET;
    }
}
