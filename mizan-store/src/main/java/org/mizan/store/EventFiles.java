package org.mizan.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes events to files (Parquet, CSV with a header, JSON Lines) with the event table's own column names,
 * and reads back Parquet files so written. DuckDB does the writing, so large exports stream.
 */
public final class EventFiles {

    /** File formats for exported events. */
    public enum Format { PARQUET, CSV, JSONL }

    private final EventStore store;

    public EventFiles(EventStore store) {
        this.store = store;
    }

    /** Writes the events matching {@code q}, by date and id, to {@code out}; returns the row count. */
    public long export(EventQuery q, Path out, Format format) {
        Connection c = store.connection();
        Sql page = q.page();
        try {
            try (PreparedStatement ps = c.prepareStatement("CREATE OR REPLACE TEMP TABLE export_out AS " + page.text())) {
                for (int i = 0; i < page.params().size(); i++) {
                    ps.setObject(i + 1, page.params().get(i));
                }
                ps.execute();
            }
            long n = countOf(c, "export_out");
            try (Statement s = c.createStatement()) {
                String options = switch (format) {
                    case PARQUET -> "FORMAT parquet, COMPRESSION zstd";
                    case CSV -> "FORMAT csv, HEADER true";
                    case JSONL -> "FORMAT json";
                };
                s.execute("COPY export_out TO '" + literal(out) + "' (" + options + ")");
                s.execute("DROP TABLE export_out");
            }
            return n;
        } catch (SQLException e) {
            throw new StoreException("cannot write " + out + ": " + EventStore.firstLine(e.getMessage()), e);
        }
    }

    /**
     * Adds the events of a Parquet file written by {@link #export}; events whose id the store holds are
     * skipped. Returns {rows read, rows added}.
     */
    public long[] importFile(Path in, long batch) {
        Connection c = store.connection();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP TABLE parquet_in AS SELECT * FROM read_parquet('" + literal(in) + "')");
            long read = countOf(c, "parquet_in");
            long added = s.executeUpdate("INSERT INTO events BY NAME SELECT * REPLACE (" + batch + "::BIGINT AS batch)"
                    + " FROM parquet_in p WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = p.id)"
                    + " QUALIFY row_number() OVER (PARTITION BY p.id) = 1");
            s.execute("DROP TABLE parquet_in");
            return new long[] {read, added};
        } catch (SQLException e) {
            throw new StoreException("cannot read " + in + " as Mizan events: " + EventStore.firstLine(e.getMessage()), e);
        }
    }

    private static long countOf(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); var r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String literal(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }
}
