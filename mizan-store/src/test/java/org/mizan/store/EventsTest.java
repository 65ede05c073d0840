package org.mizan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.core.event.Actor;
import org.mizan.core.event.DatePrecision;
import org.mizan.core.event.Event;
import org.mizan.core.event.Location;
import org.mizan.core.event.Marks;
import org.mizan.core.event.Provenance;

/** Events survive the store unchanged, duplicates are skipped, and filters select what they say. */
class EventsTest {

    private static Event coded(String id, LocalDate date, String src, String tgt, String cameo, int quad, double g) {
        return new Event(id, date, DatePrecision.DAY,
                new Actor(src + "GOV", src, null, List.of("GOV"), src + " government"),
                tgt == null ? null : new Actor(tgt, tgt, null, List.of(), tgt),
                cameo, cameo.substring(0, 2), quad, g, "CONSULT", "visit", List.of("diplomacy", "security"),
                new Location("PAK", "Islamabad", 33.7, 73.1),
                Provenance.ofText("doc-1", 3, 10, 80, "The delegation met ...", "https://x.example/a", "Capital Wire",
                        "2023-02-14").withMarks(new Marks(new Marks.Span(4, 14), null, new Marks.Span(15, 18))),
                0.9, null, null, null, null);
    }

    @Test
    void appendedEventsReadBackEqualAndDuplicatesAreSkipped() {
        try (EventStore s = EventStore.inMemory()) {
            Events events = new Events(s);
            Event a = coded("text:doc-1:3:0", LocalDate.of(2023, 2, 14), "USA", "PAK", "042", 1, 1.9);
            Event b = coded("text:doc-1:4:0", LocalDate.of(2023, 2, 16), "PAK", null, "010", 1, 0.0);
            assertThat(events.append(List.of(a, b, a), 7L)).isEqualTo(2);
            assertThat(events.append(List.of(a), 8L)).isZero();

            List<Event> back = events.list(EventQuery.all());
            assertThat(back).hasSize(2);
            assertThat(back.get(0)).usingRecursiveComparison().ignoringFields("provenance").isEqualTo(a);
            assertThat(back.get(0).provenance()).isEqualTo(a.provenance().withBatch(7));
            assertThat(back.get(1).target()).isNull();
            assertThat(events.byIds(List.of("text:doc-1:4:0", "nope"))).extracting(Event::id).containsExactly("text:doc-1:4:0");
        }
    }

    @Test
    void filtersCombine() {
        try (EventStore s = EventStore.inMemory()) {
            Events events = new Events(s);
            events.append(List.of(
                    coded("e1", LocalDate.of(2023, 1, 5), "USA", "PAK", "042", 1, 1.9),
                    coded("e2", LocalDate.of(2023, 2, 5), "PAK", "USA", "111", 3, -2.0),
                    coded("e3", LocalDate.of(2023, 2, 6), "RUS", "PAK", "0311", 1, 5.2),
                    coded("e4", LocalDate.of(2023, 3, 6), "RUS", "UKR", "190", 4, -10.0)), null);
            EventQuery q = EventQuery.all();
            assertThat(events.count(new EventQuery(null, "PAK", null, null, false, null, null, null, null, null, false, null, null))).isEqualTo(3);
            assertThat(events.count(new EventQuery(null, null, "PAK", "USA", false, null, null, null, null, null, false, null, null))).isEqualTo(2);
            assertThat(events.count(new EventQuery(null, null, "PAK", "USA", true, null, null, null, null, null, false, null, null))).isEqualTo(1);
            assertThat(events.count(q.between(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 2, 28)))).isEqualTo(2);
            assertThat(events.count(new EventQuery("RUSGOV", null, null, null, false, null, null, "03", null, null, false, null, null))).isEqualTo(1);
            assertThat(events.count(new EventQuery(null, null, null, null, false, null, null, null, 4, null, false, null, null))).isEqualTo(1);
            assertThat(events.list(q.withLimit(2, 1))).extracting(Event::id).containsExactly("e2", "e3");
        }
    }
}
