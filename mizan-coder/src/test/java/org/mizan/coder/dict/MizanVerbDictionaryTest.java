package org.mizan.coder.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.mizan.coder.dict.verbs.MizanVerbReader;
import org.mizan.core.cameo.CameoOntology;

class MizanVerbDictionaryTest {

    private static final VerbDictionary DEFAULTS = MizanVerbReader.readDefaults();

    @Test
    void coversEveryCameoRootAndAtLeast250Codes() {
        Set<String> codes = new TreeSet<>();
        for (VerbGroup g : DEFAULTS.groups()) {
            if (g.code() != null) {
                codes.add(g.code());
            }
            for (VerbPattern p : g.patterns()) {
                if (p.code() != null) {
                    codes.add(p.code());
                }
            }
        }
        Set<String> roots = new TreeSet<>();
        for (String c : codes) {
            assertThat(CameoOntology.get().contains(c)).as(c).isTrue();
            roots.add(c.substring(0, 2));
        }
        assertThat(roots).hasSize(20);
        assertThat(codes.size()).isGreaterThanOrEqualTo(250);
    }

    @Test
    void irregularAndRegularFormsAreGenerated() {
        for (String form : new String[] {"met", "meets", "meeting", "visited", "visits", "shelled", "seized", "carried out"}) {
            String[] words = form.toUpperCase().split(" ");
            assertThat(DEFAULTS.forms().longest(new org.mizan.coder.text.Tokenizer().tokenize(form, 0, form.length()), 0))
                    .as(form).isNotNull();
            assertThat(words).isNotEmpty();
        }
    }

    @Test
    void aBadLineNamesItsFileAndLine() {
        assertThatThrownBy(() -> MizanVerbReader.read(new StringReader("042 <visit>\n999 <frobnicate>\n"), "mine.txt"))
                .hasMessageContaining("mine.txt:2").hasMessageContaining("999");
        assertThatThrownBy(() -> MizanVerbReader.read(new StringReader("042 <visit> ; colour=red\n"), "mine.txt"))
                .hasMessageContaining("mine.txt:1");
    }

    @Test
    void aNounLineGivesNounFormsOnlyInTheSingularAndPlural() throws java.io.IOException {
        VerbDictionary d = MizanVerbReader.read(new StringReader("046 <negotiation> with $target ; noun\n"), "mine.txt");
        for (String form : new String[] {"negotiation", "negotiations"}) {
            var m = d.forms().longest(new org.mizan.coder.text.Tokenizer().tokenize(form, 0, form.length()), 0);
            assertThat(m).as(form).isNotNull();
            assertThat(m.values()).allMatch(VerbForm::noun);
        }
        assertThat(d.forms().longest(new org.mizan.coder.text.Tokenizer().tokenize("negotiated", 0, 10), 0)).isNull();
    }
}
