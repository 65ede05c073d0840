package org.mizan.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mizan.coder.doc.Document;
import org.mizan.coder.stage.ActorMention;
import org.mizan.coder.stage.EventDraft;
import org.mizan.coder.stage.SentenceAnalysis;
import org.mizan.coder.stage.VerbMention;
import org.mizan.coder.text.Sentence;
import org.mizan.coder.text.SentenceSplitter;
import org.mizan.coder.text.Token;
import org.mizan.coder.text.Tokenizer;
import org.mizan.core.event.Event;

/**
 * The contract every stage shares (Lucene's BaseTokenStreamTestCase in spirit), checked on random text
 * and on random recombinations of real news words: offsets stay inside the text, nothing is lost or
 * duplicated, spans are ordered, and no input ever throws.
 */
class StageContractTest {

    private static final Coder CODER = Coder.defaults();

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> random = Arbitraries.strings().ofMaxLength(300);
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(120);
        Arbitrary<String> news = Arbitraries.of("Pakistan", "India", "and", "the", "army", "attacked", "visited",
                "did", "not", "will", "said", "Washington", "Russian", "forces", "U.S.", "on", "Tuesday", ",", ".",
                "?", "'s", "n't", "was", "by", "Bilavel", "Bhutto", "Zardari", "talks", "with", "February", "16",
                "2023", "14-18", "last", "month", "\n\n", "\"", "(", ")", "_", "Mr.", "sanctions", "imposed")
                .list().ofMaxSize(60).map(words -> String.join(" ", words));
        return Arbitraries.oneOf(random, unicode, news);
    }

    @Property(tries = 300)
    void sentencesCoverEveryNonBlankCharacterOnce(@ForAll("texts") String text) {
        List<Sentence> sentences = new SentenceSplitter().split(text);
        int last = 0;
        StringBuilder covered = new StringBuilder();
        for (Sentence s : sentences) {
            assertThat(s.start()).isGreaterThanOrEqualTo(last);
            assertThat(s.end()).isLessThanOrEqualTo(text.length()).isGreaterThan(s.start());
            assertThat(s.text()).isEqualTo(text.substring(s.start(), s.end()));
            covered.append(s.text());
            last = s.end();
        }
        assertThat(nonBlank(covered.toString())).isEqualTo(nonBlank(text));
    }

    @Property(tries = 300)
    void tokensCoverEveryCharacterOnceInOrder(@ForAll("texts") String text) {
        List<Token> tokens = new Tokenizer().tokenize(text, 0, text.length());
        int last = 0;
        StringBuilder covered = new StringBuilder();
        for (Token t : tokens) {
            assertThat(t.start()).isGreaterThanOrEqualTo(last);
            assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length());
            assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
            covered.append(t.text());
            last = t.end();
        }
        assertThat(covered.toString()).isEqualTo(nonBlank(text).replace("_", ""));
    }

    @Property(tries = 300)
    void everyStageKeepsItsSpansInsideTheSentence(@ForAll("texts") String text) {
        Document doc = Document.of("d", LocalDate.of(2023, 2, 20), text);
        for (SentenceAnalysis a : CODER.analyse(doc)) {
            int n = a.tokens().size();
            for (Token t : a.tokens()) {
                assertThat(t.start()).isGreaterThanOrEqualTo(a.sentence().start());
                assertThat(t.end()).isLessThanOrEqualTo(a.sentence().end());
            }
            int lastEnd = 0;
            int lastStart = -1;
            for (ActorMention m : a.actors()) {
                assertThat(m.start()).isBetween(0, n - 1);
                assertThat(m.end()).isBetween(m.start() + 1, n);
                // mentions are ordered and only a multi-code name repeats a span
                assertThat(m.start() == lastStart || m.start() >= lastEnd).isTrue();
                lastStart = m.start();
                lastEnd = m.end();
            }
            int verbEnd = 0;
            for (VerbMention v : a.verbs()) {
                assertThat(v.start()).isGreaterThanOrEqualTo(verbEnd);
                assertThat(v.end()).isBetween(v.start() + 1, n);
                verbEnd = v.end();
            }
            for (EventDraft e : a.events()) {
                // a source is one of the sentence's actors, or an actor the document implies (a noun event's focus)
                assertThat(e.source().implied() || a.actors().contains(e.source())).as(e.toString()).isTrue();
                assertThat(e.verbEnd()).isBetween(e.verbStart() + 1, n);
            }
        }
    }

    @Property(tries = 300)
    void codingNeverThrowsAndEvidencePointsIntoTheText(@ForAll("texts") String text) {
        CodedDocument coded = CODER.code(Document.of("d", null, text));
        assertThat(coded.failures()).isZero();
        for (Event e : coded.events()) {
            assertThat(e.provenance().start()).isBetween(0, text.length());
            assertThat(e.provenance().end()).isBetween(e.provenance().start(), text.length());
            assertThat(text.substring(e.provenance().start(), e.provenance().end())).isEqualTo(e.provenance().evidence());
            assertThat(e.source()).isNotNull();
        }
    }

    private static String nonBlank(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }
}
