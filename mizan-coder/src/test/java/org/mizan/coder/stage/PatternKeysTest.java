package org.mizan.coder.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.mizan.coder.dict.PatternElement;
import org.mizan.coder.dict.Synset;
import org.mizan.coder.dict.VerbGroup;
import org.mizan.coder.dict.VerbPattern;
import org.mizan.coder.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * The cheap test before a pattern match may let through a pattern that then fails, never drop one that would
 * match: every way {@link PatternMatcher} reads a word (exact, a stem with up to three more letters, two tokens
 * written open for one closed word, the first word of a set's phrase) must pass it.
 */
class PatternKeysTest {

    private static final Synset AID = new Synset(List.of(List.of("MILITARY", "AID"), List.of("WEAPON*"),
            List.of("HUMANITARIAN", "ASSISTANCE")));

    private static VerbGroup group(List<PatternElement> after) {
        return new VerbGroup("SEND", "070", null, null, List.of(new VerbPattern(List.of(), after, "072", null, null,
                "test")));
    }

    private static boolean mayMatch(String text, PatternElement... after) {
        List<org.mizan.coder.text.Token> tokens = new Tokenizer().tokenize(text, 0, text.length());
        VerbGroup g = group(List.of(after));
        return new PatternKeys(tokens).mayMatch(g.needs(), 0);
    }

    @Test
    void exactWordsAndStemsWithShortEndings() {
        assertThat(mayMatch("They sent talks to Kyiv", PatternElement.word("TALKS", false))).isTrue();
        assertThat(mayMatch("They sent talks to Kyiv", PatternElement.word("TALK*", false))).isTrue();
        assertThat(mayMatch("They sent talking points", PatternElement.word("TALK*", false))).isTrue();
        // a stem takes at most three more letters, as the matcher reads it
        assertThat(mayMatch("They sent talkative envoys", PatternElement.word("TALK*", false))).isFalse();
        assertThat(mayMatch("They sent envoys", PatternElement.word("TALKS", false))).isFalse();
    }

    @Test
    void aClosedWordWrittenOpenPasses() {
        assertThat(mayMatch("They launched an air strike", PatternElement.word("AIRSTRIKE", false))).isTrue();
        assertThat(mayMatch("They launched an air strikes", PatternElement.word("AIRSTRIKE*", false))).isTrue();
        assertThat(mayMatch("They launched an air raid", PatternElement.word("AIRSTRIKE", false))).isFalse();
    }

    @Test
    void aSetPassesWhenOneOfItsPhrasesCanStart() {
        PatternElement aid = new PatternElement(PatternElement.Kind.SYNSET, null, AID, false);
        assertThat(mayMatch("Germany sent military aid to Ukraine", aid)).isTrue();
        assertThat(mayMatch("Germany sent weapons to Ukraine", aid)).isTrue();
        assertThat(mayMatch("Germany sent envoys to Ukraine", aid)).isFalse();
        // every need counts: the set and the word
        assertThat(mayMatch("Germany sent weapons to Ukraine", aid, PatternElement.word("URGENTLY", false))).isFalse();
    }
}
