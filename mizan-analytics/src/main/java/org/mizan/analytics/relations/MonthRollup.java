package org.mizan.analytics.relations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.mizan.store.EventQuery;

/**
 * The monthly dyad rollup (the store's {@code dyad_months} table): {@code dyad-agg.sql} by month, directed
 * pair and dataset. Month, quarter and year series read it instead of every event, which at ten million
 * events is the difference between seconds and a few hundredths of a second.
 *
 * <p>It is brought up to date when read. Events are only added (an import removes rows only within its
 * own transaction), and DuckDB numbers a table's rows in the order they were committed, so the rows it
 * lacks are those from the {@code next_row} it records on; those are aggregated and appended. A check that
 * its total equals the events it should hold guards that reasoning: on a mismatch (a store compacted
 * after deletes, say) it is rebuilt from all events. Two connections refreshing at once conflict on
 * the {@code rollups} row; the loser rolls back and its caller reads the events instead.
 */
final class MonthRollup {

    static final String AGG = SqlTemplate.load("dyad-agg.sql");
    static final String FROM_ROLLUP = SqlTemplate.load("dyad-months-agg.sql");
    private static final String COLUMNS = "event_date, src_country, tgt_country, dataset, n, q1, q2, q3, q4, gsum, gcount";

    private MonthRollup() {
    }

    /**
     * Whether the rollup answers this filter at this period exactly: a period of a month or more, dates on
     * month boundaries, and no filter finer than country pair and dataset.
     */
    static boolean serves(EventQuery f, Period p) {
        boolean coarse = p == Period.MONTH || p == Period.QUARTER || p == Period.YEAR;
        boolean dates = (f.from() == null || f.from().getDayOfMonth() == 1)
                && (f.to() == null || f.to().getDayOfMonth() == f.to().lengthOfMonth());
        return coarse && dates && f.actor() == null && f.cameo() == null && f.quad() == null && !f.dedupDaily()
                && f.roles().isEmpty() && f.minMentions() == null;
    }

    /** Brings the rollup up to date; false when another connection was doing so and this one gave way. */
    static boolean refresh(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            long rows;
            long covered;
            long next;
            try (ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM events), covered, next_row FROM rollups"
                    + " WHERE name = 'dyad_months'")) {
                r.next();
                rows = r.getLong(1);
                covered = r.getLong(2);
                next = r.getLong(3);
            }
            if (rows == covered) {
                c.commit();
                return true;
            }
            long end = single(s, "SELECT coalesce(max(rowid) + 1, 0) FROM events");
            s.execute(insert("(SELECT * FROM events WHERE rowid >= " + next + ")"));
            if (!complete(s)) {
                s.execute("DELETE FROM dyad_months");
                s.execute(insert("events"));
            }
            int claimed = s.executeUpdate("UPDATE rollups SET covered = " + rows + ", next_row = " + end
                    + " WHERE name = 'dyad_months' AND covered = " + covered + " AND next_row = " + next);
            if (claimed != 1) {
                c.rollback();
                return false;
            }
            c.commit();
            return true;
        } catch (SQLException e) {
            c.rollback();
            if (e.getMessage() != null && e.getMessage().contains("onflict")) {
                return false;
            }
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static String insert(String events) {
        return "INSERT INTO dyad_months (" + COLUMNS + ") " + SqlTemplate.fill(AGG,
                Map.of("events", events, "period", "month", "keys", ", dataset", "scope", ""));
    }

    /** Whether the rollup counts exactly the events it should: those with a date and two known countries. */
    private static boolean complete(Statement s) throws SQLException {
        return single(s, "SELECT coalesce(sum(n), 0) FROM dyad_months") == single(s, "SELECT count(*) FROM events"
                + " WHERE event_date IS NOT NULL AND src_country IS NOT NULL AND tgt_country IS NOT NULL");
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
