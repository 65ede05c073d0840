package org.mizan.coder.dict.own;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random files built from the format's own fragments either read cleanly or fail with a
 * {@link DictionaryFormatException} that names a line of the file; no other exception escapes, and every
 * entry read satisfies the record invariants (names present, tenures only for persons).
 */
class OwnDictionaryReaderRandomTest {

    private static final String[] FRAGMENTS = {
        "[actors]", "[people]", "[agents]", "[issues]", "[discards]", "[other]", "PAK:", "PAKGOV:", "MIL:", "Pak:",
        "energy:", "= ", "  PAKGOV 2018-08-18..2022-04-10 Prime Minister", "  PAKOPP 2022-04-11.. opposition",
        "  PAKGOV 2022-02-30.. x", "  PAKGOV ..", "| ", "Pakistan", " | ", "Islamabad", "\"US\"", "\"", "*", "Pak*",
        "#", " # note", ":", "=", "[", "]", "..", "2024-01-01", "\u00e9", "\t", "||", "Imran Khan",
    };

    @Test
    void randomFilesReadOrFailWithALineNumber() {
        Random random = new Random(20261129L);
        int read = 0;
        int rejected = 0;
        for (int file = 0; file < 3000; file++) {
            StringBuilder text = new StringBuilder();
            int lines = 1 + random.nextInt(6);
            for (int l = 0; l < lines; l++) {
                int parts = random.nextInt(5);
                for (int p = 0; p < parts; p++) {
                    text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                }
                text.append('\n');
            }
            try {
                List<DictEntry> entries = OwnDictionaryReader.read(new StringReader(text.toString()), "random.txt");
                for (DictEntry e : entries) {
                    assertThat(e.names()).isNotEmpty().allMatch(n -> !n.isBlank());
                    assertThat(e.tenures().isEmpty()).isEqualTo(e.kind() != DictEntry.Kind.PERSON);
                    assertThat(e.line()).isBetween(1, lines);
                }
                read++;
            } catch (DictionaryFormatException e) {
                assertThat(e.line()).as(text.toString()).isBetween(1, lines);
                assertThat(e.getMessage()).startsWith("random.txt:" + e.line() + ": ");
                rejected++;
            }
        }
        assertThat(read).isPositive();
        assertThat(rejected).isPositive();
    }
}
