package org.mizan.coder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.coder.out.EventWriter;
import org.mizan.coder.out.OutputFormat;

class CoderFacadeTest {

    @Test
    void codesADirectoryOfMixedFormatsAndReportsProgress(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Russia attacked Ukraine on Tuesday. India praised Japan.");
        Files.writeString(dir.resolve("b.jsonl"), "{\"id\":\"j1\",\"date\":\"2023-01-10\",\"text\":\"Iran condemned Israel.\"}\n"
                + "broken line\n");
        Files.writeString(dir.resolve("c.html"), "<html><head><meta name=\"date\" content=\"2023-03-01\"></head>"
                + "<body><article><p>China criticised Japan.</p></article></body></html>");
        StringWriter out = new StringWriter();
        List<CodingProgress> seen = new ArrayList<>();
        CodingProgress total = Coder.defaults().codeAll(dir.toString(), null, LocalDate.of(2023, 2, 20),
                EventWriter.of(OutputFormat.JSONL, out), seen::add);
        assertThat(total.documents()).isEqualTo(3);
        assertThat(total.sentences()).isEqualTo(4);
        assertThat(total.events()).isEqualTo(4);
        assertThat(total.skipped()).isEqualTo(1);
        assertThat(seen).hasSize(3);
        assertThat(out.toString().lines()).hasSize(4)
                .anySatisfy(l -> assertThat(l).contains("\"doc\":\"j1\"").contains("\"date\":\"2023-01-10\""))
                .anySatisfy(l -> assertThat(l).contains("\"doc\":\"a.txt\"").contains("\"date\":\"2023-02-14\""))
                .anySatisfy(l -> assertThat(l).contains("\"date\":\"2023-03-01\""));
    }

    @Test
    void aFileThatIsNotUtf8IsSkippedWithItsNameAndReason(@TempDir Path dir) throws Exception {
        Path bin = Files.write(dir.resolve("scan.txt"), new byte[] {'I', 'r', 'a', 'n', ' ', (byte) 0xC3, 0x28, 0});
        List<String> skipped = new ArrayList<>();
        CodingProgress total = Coder.defaults().codeAll(bin.toString(), null, LocalDate.of(2023, 2, 20),
                EventWriter.of(OutputFormat.JSONL, new StringWriter()), null, skipped::add);
        assertThat(total.skipped()).isEqualTo(1);
        assertThat(skipped).containsExactly(bin + ": skipped, not UTF-8 text (binary or another encoding)");
    }

    @Test
    void aStoryDiscardDropsTheWholeDocument() {
        CodedDocument d = Coder.defaults().code(org.mizan.coder.doc.Document.of("d", null,
                "Russia attacked Ukraine. The Premier League match ended in a draw."));
        assertThat(d.sentences()).isEqualTo(2);
        assertThat(d.events()).hasSizeLessThanOrEqualTo(1);
    }
}
