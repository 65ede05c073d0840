package org.mizan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.core.event.Event;

/** A store written by an older Mizan opens in this one: missing migrations run, and its rows read back. */
class MigrationsTest {

    @Test
    void aVersionOneStoreGainsTheEvidenceMarksAndKeepsItsEvents(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("old.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            Migrations.migrate(c, 1);
            s.execute("INSERT INTO events (id, event_date, src_code, src_country, cameo, root, quad, dataset, evidence)"
                    + " VALUES ('old-1', DATE '2023-02-14', 'USAGOV', 'USA', '042', '04', 1, 'text', 'The envoy visited.')");
        }
        try (EventStore store = EventStore.open(db)) {
            try (Statement s = store.connection().createStatement();
                 ResultSet r = s.executeQuery("SELECT max(version) FROM schema_version")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(Migrations.current());
            }
            List<Event> events = new Events(store).list(EventQuery.all());
            assertThat(events).singleElement().satisfies(e -> {
                assertThat(e.provenance().evidence()).isEqualTo("The envoy visited.");
                assertThat(e.provenance().marks()).isNull();
            });
        }
    }
}
