package org.mizan.analytics.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.analytics.SampleStore;
import org.mizan.ingest.ImportListener;
import org.mizan.ingest.Importer;
import org.mizan.store.EventQuery;
import org.mizan.store.EventStore;

/** The monthly rollup gives the same series as a scan of the events, and follows the events as they grow. */
class MonthRollupTest {

    private static final Path SHARED = Path.of(System.getProperty("mizan.shared", "../../shared"));

    private static EventQuery query(String dyadA, String dyadB, boolean directed, LocalDate from, LocalDate to,
                                    String dataset) {
        return new EventQuery(null, null, dyadA, dyadB, directed, from, to, null, null, dataset, false, null, null);
    }

    /** A row as text, Goldstein figures rounded: sums in another order may differ in the last bits. */
    private static List<String> rows(EventStore store, boolean rollup, EventQuery q, Period p, boolean directed,
                                     String a, String b) {
        return new DyadSeries(store, rollup).compute(q, p, directed, a, b).stream()
                .map(d -> String.join(" ", d.period().toString(), d.a(), d.b(), String.valueOf(d.events()),
                        String.valueOf(d.verbalCoop()), String.valueOf(d.materialCoop()),
                        String.valueOf(d.verbalConflict()), String.valueOf(d.materialConflict()),
                        String.format("%.6f", d.goldsteinSum()), String.valueOf(d.goldsteinMean() == null ? null
                                : String.format("%.6f", d.goldsteinMean())), String.valueOf(d.aVolume()),
                        String.format("%.9f", d.rate()), String.format("%.9f", d.netCoopRate())))
                .toList();
    }

    private static long covered(EventStore store) throws SQLException {
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT covered FROM rollups WHERE name = 'dyad_months'")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void everyFilterItServesGivesTheRowsOfAScan() {
        try (EventStore store = SampleStore.gdeltAndIcews()) {
            List<EventQuery> queries = List.of(EventQuery.all(), query(null, null, false, null, null, "icews"),
                    query("USA", "RUS", false, null, null, null), query("USA", "CHN", true, null, null, "gdelt2"),
                    query(null, null, false, LocalDate.of(2018, 2, 1), LocalDate.of(2018, 6, 30), null));
            for (EventQuery q : queries) {
                for (Period p : List.of(Period.MONTH, Period.QUARTER, Period.YEAR)) {
                    assertThat(MonthRollup.serves(q, p)).isTrue();
                    for (boolean directed : List.of(false, true)) {
                        List<String> scanned = rows(store, false, q, p, directed, null, null);
                        assertThat(scanned).as(q + " " + p).isNotEmpty();
                        assertThat(rows(store, true, q, p, directed, null, null)).as(q + " " + p)
                                .containsExactlyElementsOf(scanned);
                        assertThat(rows(store, true, q, p, directed, "USA", "RUS"))
                                .containsExactlyElementsOf(rows(store, false, q, p, directed, "USA", "RUS"));
                    }
                }
            }
        }
    }

    @Test
    void itFollowsTheEventsAsImportsAddThem(@TempDir Path dir) throws Exception {
        try (EventStore store = EventStore.inMemory()) {
            Importer importer = new Importer(store, ImportListener.NONE);
            Path gdelt = SHARED.resolve("data/gdelt/gdelt2_20191024143000.export.CSV");
            importer.importFile(gdelt, "auto");
            List<String> first = rows(store, true, EventQuery.all(), Period.MONTH, false, null, null);
            assertThat(first).containsExactlyElementsOf(rows(store, false, EventQuery.all(), Period.MONTH, false, null, null));
            assertThat(covered(store)).isEqualTo(2111);

            // A file of rows already stored: the import appends and removes them in one transaction.
            List<String> lines = Files.readAllLines(gdelt);
            Path again = dir.resolve("again.export.CSV");
            Files.write(again, lines.subList(1, lines.size()));
            assertThat(importer.importFile(again, "auto").imported()).isZero();
            assertThat(rows(store, true, EventQuery.all(), Period.MONTH, false, null, null)).containsExactlyElementsOf(first);
            assertThat(covered(store)).isEqualTo(2111);

            importer.importFile(SHARED.resolve("data/icews/icews_events.2018.sample.tab"), "auto");
            List<String> both = rows(store, true, EventQuery.all(), Period.MONTH, false, null, null);
            assertThat(both).hasSizeGreaterThan(first.size())
                    .containsExactlyElementsOf(rows(store, false, EventQuery.all(), Period.MONTH, false, null, null));
            assertThat(covered(store)).isEqualTo(2111 + 3705);
        }
    }

    @Test
    void finerFiltersAndPeriodsScanTheEvents() {
        EventQuery all = EventQuery.all();
        assertThat(MonthRollup.serves(all, Period.WEEK)).isFalse();
        assertThat(MonthRollup.serves(all, Period.DAY)).isFalse();
        assertThat(MonthRollup.serves(query(null, null, false, LocalDate.of(2018, 2, 15), null, null), Period.MONTH)).isFalse();
        assertThat(MonthRollup.serves(query(null, null, false, null, LocalDate.of(2018, 2, 27), null), Period.MONTH)).isFalse();
        assertThat(MonthRollup.serves(all.withRoles(List.of("GOV"), null), Period.MONTH)).isFalse();
        assertThat(MonthRollup.serves(all.withRoles(List.of(), 3), Period.MONTH)).isFalse();
        assertThat(MonthRollup.serves(new EventQuery(null, null, null, null, false, null, null, "19", null, null, false,
                null, null), Period.MONTH)).isFalse();
        assertThat(MonthRollup.serves(new EventQuery(null, null, null, null, false, null, null, null, null, null, true,
                null, null), Period.YEAR)).isFalse();
    }
}
