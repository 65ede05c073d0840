package org.mizan.coder.dict.own;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.coder.dict.own.DictEntry.Kind;

/** The reader on small hand-written files: every kind of entry, and what each one reads to. */
class OwnDictionaryReaderTest {

    static List<DictEntry> read(String text) throws DictionaryFormatException {
        return OwnDictionaryReader.read(new StringReader(text), "test.txt");
    }

    @Test
    void readsActorsWithNamesCommentsAndContinuations() throws Exception {
        List<DictEntry> entries = read("""
                # a comment line
                [actors]
                PAK: Pakistan | Islamic Republic of Pakistan   # trailing comment
                   | Pakistani | Pakistanis
                PAKGOV: Islamabad | Pakistan*
                """);
        assertThat(entries).hasSize(2);
        DictEntry pak = entries.get(0);
        assertThat(pak.kind()).isEqualTo(Kind.ACTOR);
        assertThat(pak.code()).isEqualTo("PAK");
        assertThat(pak.names()).containsExactly("Pakistan", "Islamic Republic of Pakistan", "Pakistani", "Pakistanis");
        assertThat(pak.tenures()).isEmpty();
        assertThat(pak.file()).isEqualTo("test.txt");
        assertThat(pak.line()).isEqualTo(3);
        assertThat(entries.get(1).names()).containsExactly("Islamabad", "Pakistan*");
        assertThat(entries.get(1).line()).isEqualTo(5);
    }

    @Test
    void readsPersonWithDatedTenures() throws Exception {
        List<DictEntry> entries = read("""
                [people]
                = Imran Khan | Imran Ahmed Khan Niazi
                  | Imran Khan Niazi
                  PAKGOV 2018-08-18..2022-04-10 Prime Minister
                  PAKOPP 2022-04-11.. founder of PTI, in opposition
                = Shehbaz Sharif
                  PAKGOV 2022-04-11..2023-08-14 Prime Minister
                """);
        assertThat(entries).hasSize(2);
        DictEntry imran = entries.get(0);
        assertThat(imran.kind()).isEqualTo(Kind.PERSON);
        assertThat(imran.code()).isNull();
        assertThat(imran.names()).containsExactly("Imran Khan", "Imran Ahmed Khan Niazi", "Imran Khan Niazi");
        assertThat(imran.tenures()).containsExactly(
                new Tenure("PAKGOV", LocalDate.of(2018, 8, 18), LocalDate.of(2022, 4, 10), "Prime Minister"),
                new Tenure("PAKOPP", LocalDate.of(2022, 4, 11), null, "founder of PTI, in opposition"));
        assertThat(imran.codeOn(LocalDate.of(2020, 1, 1))).isEqualTo("PAKGOV");
        assertThat(imran.codeOn(LocalDate.of(2022, 4, 10))).isEqualTo("PAKGOV");
        assertThat(imran.codeOn(LocalDate.of(2022, 4, 11))).isEqualTo("PAKOPP");
        assertThat(imran.codeOn(LocalDate.of(2030, 1, 1))).isEqualTo("PAKOPP");
        assertThat(imran.codeOn(LocalDate.of(2010, 1, 1))).isNull();
        assertThat(entries.get(1).line()).isEqualTo(6);
    }

    @Test
    void readsAgentsIssuesAndDiscardsInOneFile() throws Exception {
        List<DictEntry> entries = read("""
                [agents]
                MIL: army | troops | soldiers
                GOVMIL: defence ministry
                [issues]
                energy: oil | LNG | IMF bailout
                [discards]
                business-news: share price
                """);
        assertThat(entries).extracting(DictEntry::kind)
                .containsExactly(Kind.AGENT, Kind.AGENT, Kind.ISSUE, Kind.DISCARD);
        assertThat(entries).extracting(DictEntry::code).containsExactly("MIL", "GOVMIL", "energy", "business-news");
        assertThat(entries.get(2).codeOn(LocalDate.of(2024, 1, 1))).isEqualTo("energy");
    }

    @Test
    void collapsesInnerWhitespaceAndAcceptsByteOrderMark() throws Exception {
        List<DictEntry> entries = read("\uFEFF[actors]\nUSAGOV:   White    House |Washington\n");
        assertThat(entries.get(0).names()).containsExactly("White House", "Washington");
    }

    @Test
    void keepsQuotedExactCaseNamesAsWritten() throws Exception {
        List<DictEntry> entries = read("[actors]\nUSA: United States | \"US\" | U.S.\n");
        assertThat(entries.get(0).names()).containsExactly("United States", "\"US\"", "U.S.");
        assertThat(DictEntry.isExactCase("\"US\"")).isTrue();
        assertThat(DictEntry.isExactCase("U.S.")).isFalse();
        assertThat(DictEntry.bareName("\"US\"")).isEqualTo("US");
        assertThat(DictEntry.bareName("U.S.")).isEqualTo("U.S.");
    }

    @Test
    void emptyFileHasNoEntries() throws Exception {
        assertThat(read("# nothing yet\n\n")).isEmpty();
    }

    @Test
    void tenureCoversBothEndsAndOverlapIsSymmetric() {
        Tenure a = new Tenure("PAKGOV", LocalDate.of(2018, 8, 18), LocalDate.of(2022, 4, 10), "Prime Minister");
        Tenure b = new Tenure("PAKOPP", LocalDate.of(2022, 4, 10), null, "opposition");
        Tenure c = new Tenure("PAKOPP", LocalDate.of(2022, 4, 11), null, "opposition");
        assertThat(a.covers(LocalDate.of(2018, 8, 18))).isTrue();
        assertThat(a.covers(LocalDate.of(2018, 8, 17))).isFalse();
        assertThat(a.overlaps(b)).isTrue();
        assertThat(b.overlaps(a)).isTrue();
        assertThat(a.overlaps(c)).isFalse();
        assertThat(c.overlaps(a)).isFalse();
        assertThatThrownBy(() -> new Tenure("PAKGOV", LocalDate.of(2022, 1, 2), LocalDate.of(2022, 1, 1), "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
