package org.mizan.coder.dict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mizan.coder.text.Token;
import org.mizan.coder.text.Tokenizer;

/** Tries over one vocabulary, and synonym sets' phrase index: faster look-ups that must not change answers. */
class SharedVocabularyTest {

    private static List<Token> tokens(String s) {
        return new Tokenizer().tokenize(s, 0, s.length());
    }

    private static void fill(PhraseTrie<String> trie) {
        trie.add(List.of("PAKISTAN*"), "PAK");
        trie.add(List.of("AFGHAN*"), "AFG");
        trie.add(List.of("NORTH", "WAZIRISTAN"), "PAKREB");
        trie.add(List.of("=US"), "USA");
        trie.add(List.of("UNITED", "STATES"), "USA");
        trie.add(List.of("BILAWAL", "BHUTTO", "ZARDARI"), "PAKGOV");
    }

    @Test
    void triesSharingAVocabularyAnswerAsTriesAlone() {
        PhraseTrie<String> alone = new PhraseTrie<>();
        fill(alone);
        Vocabulary shared = new Vocabulary();
        PhraseTrie<String> other = new PhraseTrie<>(shared);
        other.add(List.of("TALKS"), "talks");
        other.add(List.of("UNITED", "NATIONS"), "IGOUNO");
        PhraseTrie<String> sharing = new PhraseTrie<>(shared);
        fill(sharing);
        String text = "The United States and Pakistanis met in North Waziristan; us and US troops, Afghanistan, "
                + "Pakistan's Bilavel Bhutto Zardari held talks at the United Nations.";
        List<Token> t = tokens(text);
        WordIds ids = shared.ids(t);
        for (int i = 0; i < t.size(); i++) {
            for (boolean fuzzy : new boolean[] {false, true}) {
                assertThat(sharing.longest(ids, i, fuzzy)).as("token %d, fuzzy %s", i, fuzzy)
                        .isEqualTo(alone.longest(t, i, fuzzy));
            }
        }
        assertThat(sharing.longest(ids, 1, false).values()).containsExactly("USA");
        assertThat(other.longest(ids, t.size() - 3, false).values()).containsExactly("IGOUNO");
        assertThat(sharing.longest(tokens("us"), 0)).isNull(); // "=US" is that spelling only
        assertThat(sharing.longest(tokens("Pakistani"), 0).values()).containsExactly("PAK"); // stem and ending
        assertThat(sharing.longest(tokens("Pakistanx"), 0).values()).containsExactly("PAK"); // five letters or more
        assertThat(sharing.longest(tokens("Afghanistanis"), 0)).isNull(); // an ending of more than five
        assertThat(sharing.longest(tokens("Bilavel Bhutto Zardari"), 0, true).fuzzy()).isTrue();
    }

    @Test
    void aSynsetOffersEveryPhraseThatCanStartOrEndAtAToken() {
        Random r = new Random(7);
        String[] words = {"TALK", "TALK*", "PEACE", "PEACE*", "DEAL", "ACCORD*", "A", "*", "THE", "SANCTION*"};
        List<List<String>> phrases = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            List<String> p = new ArrayList<>();
            for (int n = 1 + r.nextInt(3); n > 0; n--) {
                p.add(words[r.nextInt(words.length)]);
            }
            phrases.add(p);
        }
        Synset set = new Synset(phrases);
        for (String key : List.of("TALK", "TALKS", "TALKING", "PEACEFUL", "PEACE", "DEALS", "ACCORDS", "A", "OF",
                "THE", "SANCTIONS", "SANCTIONED", "X", "")) {
            for (boolean first : new boolean[] {true, false}) {
                List<List<String>> touching = set.touching(key, first);
                for (List<String> p : phrases) {
                    boolean matches = matches(first ? p.get(0) : p.get(p.size() - 1), key);
                    assertThat(!matches || touching.contains(p)).as("%s %s %s", key, first, p).isTrue();
                }
            }
        }
    }

    /** As the pattern matcher: exactly, or a stem with up to three more letters. */
    private static boolean matches(String word, String key) {
        if (word.endsWith("*")) {
            int n = word.length() - 1;
            return key.length() >= n && key.length() - n <= 3 && key.startsWith(word.substring(0, n));
        }
        return word.equals(key);
    }
}
