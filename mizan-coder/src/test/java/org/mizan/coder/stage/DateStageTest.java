package org.mizan.coder.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mizan.coder.doc.Document;
import org.mizan.coder.text.Sentence;
import org.mizan.coder.text.Tokenizer;
import org.mizan.core.event.DatePrecision;

class DateStageTest {

    /** Monday 20 February 2023. */
    private static final LocalDate DOC = LocalDate.of(2023, 2, 20);

    private static SentenceAnalysis resolve(String text, LocalDate docDate) {
        Document d = Document.of("d", docDate, text);
        SentenceAnalysis a = new SentenceAnalysis(d, new Sentence(0, 0, text.length(), text),
                new Tokenizer().tokenize(text, 0, text.length()));
        new DateStage().apply(a);
        return a;
    }

    private static void assertDate(String text, LocalDate day, DatePrecision p) {
        SentenceAnalysis a = resolve(text, DOC);
        assertThat(a.date()).as(text).isEqualTo(day);
        assertThat(a.precision()).as(text).isEqualTo(p);
    }

    @Test
    void absoluteDates() {
        assertDate("They met on 14-18 February 2023 in Munich.", LocalDate.of(2023, 2, 14), DatePrecision.WEEK);
        assertDate("They met on February 16, 2023.", LocalDate.of(2023, 2, 16), DatePrecision.DAY);
        assertDate("They met on 16 February 2023.", LocalDate.of(2023, 2, 16), DatePrecision.DAY);
        assertDate("They met in February 2023.", LocalDate.of(2023, 2, 1), DatePrecision.MONTH);
        assertDate("They met in 2019.", LocalDate.of(2019, 1, 1), DatePrecision.YEAR);
        assertDate("They met on December 3.", LocalDate.of(2022, 12, 3), DatePrecision.DAY);
    }

    @Test
    void datesRelativeToTheDocument() {
        assertDate("They met on Tuesday.", LocalDate.of(2023, 2, 14), DatePrecision.DAY);
        assertDate("They met on Monday.", DOC, DatePrecision.DAY);
        assertDate("They met yesterday.", LocalDate.of(2023, 2, 19), DatePrecision.DAY);
        assertDate("They met last month.", LocalDate.of(2023, 1, 1), DatePrecision.MONTH);
        assertDate("They meet next week.", LocalDate.of(2023, 2, 27), DatePrecision.WEEK);
        assertDate("They met last year.", LocalDate.of(2022, 1, 1), DatePrecision.YEAR);
        assertDate("They met.", DOC, DatePrecision.DAY);
    }

    @Test
    void withoutADocumentDateOnlyAbsoluteDatesResolve() {
        assertThat(resolve("They met on Tuesday.", null).date()).isNull();
        assertThat(resolve("They met on February 16, 2023.", null).date()).isEqualTo(LocalDate.of(2023, 2, 16));
        assertThat(resolve("The May talks failed on February 30, 2023.", DOC).date()).isEqualTo(DOC);
    }
}
