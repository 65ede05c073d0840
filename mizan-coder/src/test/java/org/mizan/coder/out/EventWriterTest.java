package org.mizan.coder.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.core.actor.ActorCodes;
import org.mizan.core.event.DatePrecision;
import org.mizan.core.event.Event;
import org.mizan.core.event.Provenance;

class EventWriterTest {

    private static Event visit(boolean withTarget) {
        return new Event("d1:3:0", LocalDate.of(2023, 2, 14), DatePrecision.DAY,
                ActorCodes.parse("USAGOV", "Washington"), withTarget ? ActorCodes.parse("PAKGOV", "Islamabad") : null,
                "042", "04", 1, 1.9, "CONSULT", "visit", List.of("diplomacy"), null,
                Provenance.ofText("d1", 3, 10, 50, "Washington\thosted \"Islamabad\".", null, "Dawn", "2023-02-14"),
                0.9, null, null, null, null);
    }

    private static String write(OutputFormat f, Event... events) throws IOException {
        StringWriter out = new StringWriter();
        try (EventWriter w = EventWriter.of(f, out)) {
            for (Event e : events) {
                w.write(e);
            }
        }
        return out.toString();
    }

    @Test
    void jsonlIsTheDocumentedRecord() throws IOException {
        assertThat(write(OutputFormat.JSONL, visit(true), visit(false))).isEqualTo(
                "{\"doc\":\"d1\",\"sentence\":3,\"date\":\"2023-02-14\",\"source\":{\"code\":\"USAGOV\",\"country\":\"USA\","
                + "\"name\":\"Washington\"},\"target\":{\"code\":\"PAKGOV\",\"country\":\"PAK\",\"name\":\"Islamabad\"},"
                + "\"cameo\":\"042\",\"root\":\"04\",\"quad\":1,\"goldstein\":1.9,\"plover\":{\"type\":\"CONSULT\",\"mode\":\"visit\"},"
                + "\"domains\":[\"diplomacy\"],\"confidence\":0.9,\"evidence\":\"Washington\\thosted \\\"Islamabad\\\".\"}\n"
                + "{\"doc\":\"d1\",\"sentence\":3,\"date\":\"2023-02-14\",\"source\":{\"code\":\"USAGOV\",\"country\":\"USA\","
                + "\"name\":\"Washington\"},\"target\":null,"
                + "\"cameo\":\"042\",\"root\":\"04\",\"quad\":1,\"goldstein\":1.9,\"plover\":{\"type\":\"CONSULT\",\"mode\":\"visit\"},"
                + "\"domains\":[\"diplomacy\"],\"confidence\":0.9,\"evidence\":\"Washington\\thosted \\\"Islamabad\\\".\"}\n");
    }

    @Test
    void tsvHasAHeaderAndOneCleanRowPerEvent() throws IOException {
        String[] lines = write(OutputFormat.TSV, visit(true)).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo(TsvEventWriter.HEADER);
        String[] f = lines[1].split("\t", -1);
        assertThat(f).hasSize(lines[0].split("\t").length);
        assertThat(f[4]).isEqualTo("USAGOV");
        assertThat(f[10]).isEqualTo("042");
        assertThat(f[18]).isEqualTo("Washington hosted \"Islamabad\".");
    }

    @Test
    void petrarchFormatMatchesPetrarch2sColumns() throws IOException {
        assertThat(write(OutputFormat.PETRARCH, visit(true)))
                .isEqualTo("20230214\tUSAGOV\tPAKGOV\t042\tDIPLOMACY,1\td1\tDawn\tWashington\tIslamabad\t3\n");
    }
}
