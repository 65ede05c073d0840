package org.mizan.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A summary of what a store holds: events per dataset with date ranges, per quad class, the most active
 * countries, imports and rejects.
 *
 * @param path       the store file, or null for in-memory
 * @param version    schema version
 * @param events     all events
 * @param datasets   per dataset: events, first and last date
 * @param quads      events per quad class (1-4; 0 = unknown)
 * @param countries  the most frequent countries on either side, with their event counts
 * @param imports    import batches in the ledger
 * @param rejected   rows in the rejects table
 * @param mentions   GDELT mention rows
 */
public record StoreStats(String path, int version, long events, List<DatasetRange> datasets, Map<Integer, Long> quads,
                         Map<String, Long> countries, long imports, long rejected, long mentions) {

    /** One dataset's share of the store. */
    public record DatasetRange(String dataset, long events, LocalDate first, LocalDate last) {
    }

    public static StoreStats of(EventStore store, int topCountries) {
        Connection c = store.connection();
        try (Statement s = c.createStatement()) {
            List<DatasetRange> ds = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT dataset, count(*), min(event_date), max(event_date) FROM events"
                    + " GROUP BY dataset ORDER BY dataset")) {
                while (r.next()) {
                    ds.add(new DatasetRange(r.getString(1), r.getLong(2), date(r, 3), date(r, 4)));
                }
            }
            Map<Integer, Long> quads = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery("SELECT coalesce(quad, 0), count(*) FROM events GROUP BY 1 ORDER BY 1")) {
                while (r.next()) {
                    quads.put(r.getInt(1), r.getLong(2));
                }
            }
            Map<String, Long> countries = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery("SELECT country, count(*) n FROM (SELECT src_country AS country FROM events"
                    + " UNION ALL SELECT tgt_country FROM events WHERE tgt_country IS DISTINCT FROM src_country)"
                    + " WHERE country IS NOT NULL GROUP BY 1 ORDER BY n DESC, country LIMIT " + topCountries)) {
                while (r.next()) {
                    countries.put(r.getString(1), r.getLong(2));
                }
            }
            return new StoreStats(store.path() == null ? null : store.path().toString(), store.schemaVersion(),
                    count(s, "events"), ds, quads, countries, count(s, "imports"), count(s, "rejects"),
                    count(s, "mentions"));
        } catch (SQLException e) {
            throw new StoreException("cannot summarise the store: " + EventStore.firstLine(e.getMessage()), e);
        }
    }

    private static long count(Statement s, String table) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static LocalDate date(ResultSet r, int i) throws SQLException {
        java.sql.Date d = r.getDate(i);
        return d == null ? null : d.toLocalDate();
    }
}
