package org.mizan.coder.dict;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.coder.dict.petrarch.PetrarchActorReader;
import org.mizan.coder.dict.petrarch.PetrarchAgentReader;
import org.mizan.coder.dict.petrarch.PetrarchDictionaries;
import org.mizan.coder.dict.petrarch.PetrarchVerbReader;
import org.mizan.coder.text.Token;
import org.mizan.coder.text.Tokenizer;

class PetrarchReadersTest {

    private static List<Token> tokens(String s) {
        return new Tokenizer().tokenize(s, 0, s.length());
    }

    @Test
    void actorCodesFollowTheirDateRestrictions() {
        PhraseTrie<ActorEntry> trie = new PhraseTrie<>();
        PetrarchActorReader.read(List.of("GOLLUM  # x", "+SMEAGOL", "\t[HOB <950601]", "\t[HOBGOV 19950601 - 19990815]",
                "\t[HOBREB > 990816]", "PAKISTAN [PAK]", "ARNOR_ [ARN]", "THE_SHIRE [FRO/BIL]"), trie);
        ActorEntry gollum = trie.longest(tokens("Smeagol"), 0).values().get(0);
        assertThat(gollum.codeOn(LocalDate.of(1994, 1, 1))).isEqualTo("HOB");
        assertThat(gollum.codeOn(LocalDate.of(1997, 1, 1))).isEqualTo("HOBGOV");
        assertThat(gollum.codeOn(LocalDate.of(2001, 1, 1))).isEqualTo("HOBREB");
        assertThat(trie.longest(tokens("Pakistani"), 0)).isNotNull(); // stem
        assertThat(trie.longest(tokens("Arnorian"), 0)).isNull(); // '_' = exact
        assertThat(trie.longest(tokens("The Shire"), 0).values().get(0).codeOn(null)).isEqualTo("FRO/BIL");
    }

    @Test
    void agentsExpandSubstitutionsAndPlurals() {
        PhraseTrie<AgentEntry> trie = new PhraseTrie<>();
        PetrarchAgentReader.read(List.of("!PERSON! = MAN, MEN", "CONGRESS!PERSON! [~LEG]", "POLICE {} [~COP]",
                "MSF [NGO~]", "PRESIDENT [~GOV]"), trie);
        assertThat(trie.longest(tokens("congressmen"), 0).values().get(0).code()).isEqualTo("LEG");
        assertThat(trie.longest(tokens("presidents"), 0)).isNotNull();
        assertThat(trie.longest(tokens("polices"), 0)).isNull();
        assertThat(trie.longest(tokens("MSF"), 0).values().get(0).prefix()).isTrue();
    }

    @Test
    void verbPatternsKeepTheirSlotsAndAdjacency() {
        VerbDictionary d = PetrarchVerbReader.read(List.of("&CURRENCY", "+DOLLAR", "", "--- BREAK [1717] ---",
                "BREAK { BROKE BROKEN }", "- NOT_* [112]", "- + KNOWN_ * IN_ $ [076]", "- * &CURRENCY [073]",
                "--- VISIT [042:043] ---", "VISIT"));
        VerbGroup brk = d.forms().longest(tokens("broken"), 0).values().get(0).group();
        assertThat(brk.code()).isEqualTo("1717");
        VerbPattern not = brk.patterns().get(0);
        assertThat(not.before()).singleElement().satisfies(e -> assertThat(e.adjacent()).isTrue());
        VerbPattern slots = brk.patterns().get(1);
        assertThat(slots.before()).extracting(PatternElement::kind)
                .containsExactly(PatternElement.Kind.TARGET, PatternElement.Kind.WORD);
        assertThat(slots.after()).extracting(PatternElement::kind)
                .containsExactly(PatternElement.Kind.WORD, PatternElement.Kind.SOURCE);
        assertThat(brk.patterns().get(2).after().get(0).synset()).isNotEmpty();
        VerbForm visited = d.forms().longest(tokens("visited"), 0).values().get(0);
        assertThat(visited.participle()).isTrue();
        assertThat(visited.group().pairCode()).isEqualTo("043");
    }

    @Test
    void thePhoenixSetLoadsInFull() {
        Path dir = Path.of(System.getProperty("mizan.shared", "../../shared")).resolve("data/petrarch");
        DictionarySet phoenix = PetrarchDictionaries.phoenix(dir);
        assertThat(phoenix.actors().size()).isGreaterThan(20_000);
        assertThat(phoenix.agents().size()).isGreaterThan(1_000);
        assertThat(phoenix.verbs().patternCount()).isGreaterThan(4_000);
        assertThat(phoenix.issues().size()).isGreaterThan(1_000);
        assertThat(phoenix.actors().longest(tokens("Barack Obama"), 0).values().get(0).codeOn(LocalDate.of(2014, 1, 1)))
                .startsWith("USA");
    }
}
