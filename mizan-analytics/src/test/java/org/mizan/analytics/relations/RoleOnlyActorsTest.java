package org.mizan.analytics.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.analytics.network.DyadWeight;
import org.mizan.core.event.Actor;
import org.mizan.core.event.Event;
import org.mizan.core.event.Provenance;
import org.mizan.store.EventQuery;
import org.mizan.store.EventStore;
import org.mizan.store.TextBatch;

/**
 * Events whose one side is known only by its role ("---INS", country null), as Mizan's coder keeps them since
 * issue #3, never become a country of their own in relations: dyads and series need both countries.
 */
class RoleOnlyActorsTest {

    private static Event event(String id, Actor source, Actor target, String cameo, int quad, double goldstein) {
        return new Event(id, LocalDate.of(2024, 5, 10), null, source, target, cameo, cameo.substring(0, 2), quad,
                goldstein, null, null, List.of(), null, Provenance.ofText("d", 0, 0, 10, "text " + id, null, null, null),
                0.8, null, null, null, null);
    }

    @Test
    void aRoleOnlySideIsLeftOutOfDyadsAndSeries() {
        Actor militants = new Actor("---INS", null, null, List.of("INS"), "Militants");
        Actor turkishPolice = new Actor("TURCOP", "TUR", null, List.of("COP"), "Turkish police");
        Actor turkey = new Actor("TUR", "TUR", null, List.of(), "Turkey");
        Actor greece = new Actor("GRC", "GRC", null, List.of(), "Greece");
        try (EventStore store = EventStore.inMemory()) {
            TextBatch.store(store, "test", List.of(
                    event("t:0:0", militants, turkishPolice, "190", 4, -10.0),
                    event("t:1:0", turkey, greece, "111", 3, -2.0)));

            List<DyadWeight> dyads = new NetCooperation(store).dyads(EventQuery.all());
            assertThat(dyads).extracting(d -> d.source() + "-" + d.target()).containsExactly("TUR-GRC");

            List<DyadRow> rows = new DyadSeries(store).compute(EventQuery.all(), Period.MONTH, false, null, null);
            assertThat(rows).extracting(r -> r.a() + "-" + r.b()).containsExactly("GRC-TUR");
        }
    }
}
