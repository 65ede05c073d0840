package org.mizan.coder.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.coder.Coder;
import org.mizan.core.event.Event;
import org.mizan.core.event.Marks;

/** Each coded event records where its actors and verb stand in the evidence, so a reader can check it. */
class EvidenceMarksTest {

    private static final Coder CODER = Coder.defaults();

    private static String words(Event e, Marks.Span s) {
        return s == null ? null : e.provenance().evidence().substring(s.start(), s.end());
    }

    private static Event only(String text) {
        List<Event> events = CODER.code("t", LocalDate.of(2023, 2, 20), text);
        assertThat(events).isNotEmpty();
        return events.get(0);
    }

    @Test
    void marksAreOffsetsIntoTheSentenceNotTheDocument() {
        Event e = only("The talks ended. Russian forces shelled Kharkiv on Tuesday.");
        assertThat(e.provenance().evidence()).isEqualTo("Russian forces shelled Kharkiv on Tuesday.");
        Marks m = e.provenance().marks();
        assertThat(words(e, m.source())).isEqualTo("Russian forces");
        assertThat(words(e, m.verb())).isEqualTo("shelled");
        assertThat(words(e, m.target())).isEqualTo("Kharkiv");
    }

    @Test
    void aPassiveMarksTheActorsWhereTheyAreWritten() {
        Event e = only("Sanctions were imposed on Iran by the United States.");
        assertThat(e.cameo()).startsWith("16");
        Marks m = e.provenance().marks();
        assertThat(words(e, m.source())).isEqualTo("United States");
        assertThat(words(e, m.target())).isEqualTo("Iran");
        assertThat(words(e, m.verb())).contains("imposed");
    }

    @Test
    void anEventWithoutTargetMarksNoTarget() {
        Event e = only("The Taliban government threatened to retaliate.");
        assertThat(e.target()).isNull();
        assertThat(e.provenance().marks().target()).isNull();
        assertThat(words(e, e.provenance().marks().source())).isEqualTo("Taliban government");
        // the threat is read from "threatened" (<threaten> to retaliate: 130); the infinitive no longer replaces a
        // more specific reading of the verb before it (issue #3)
        assertThat(words(e, e.provenance().marks().verb())).isEqualTo("threatened");
    }
}
