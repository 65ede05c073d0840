package org.mizan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.mizan.core.event.Event;

/** Reads and appends {@link Event} records in a store. */
public final class Events {

    private final EventStore store;

    public Events(EventStore store) {
        this.store = store;
    }

    /**
     * Appends events whose id the store does not yet hold, in one transaction; returns how many were added.
     * Events repeated within {@code events} count once.
     */
    public int append(Collection<Event> events, Long batch) {
        Connection c = store.connection();
        try {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE OR REPLACE TEMP TABLE incoming AS SELECT * FROM events LIMIT 0");
            }
            try (PreparedStatement ps = c.prepareStatement(EventRows.insertSql().replace("INTO events", "INTO incoming"))) {
                for (Event e : events) {
                    EventRows.bind(ps, c, batch == null ? e : withBatch(e, batch));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            int added;
            try (Statement s = c.createStatement()) {
                added = s.executeUpdate("INSERT INTO events SELECT * FROM incoming i WHERE NOT EXISTS "
                        + "(SELECT 1 FROM events e WHERE e.id = i.id) QUALIFY row_number() OVER (PARTITION BY i.id) = 1");
                s.execute("DROP TABLE incoming");
            }
            c.commit();
            return added;
        } catch (SQLException e) {
            rollback(c);
            throw new StoreException("cannot store events: " + EventStore.firstLine(e.getMessage()), e);
        } finally {
            autoCommit(c);
        }
    }

    /** Streams the events matching {@code q}, ordered by date and id, to {@code sink}; returns the count. */
    public long forEach(EventQuery q, Consumer<Event> sink) {
        Sql sql = q.page();
        try (PreparedStatement ps = sql.prepare(store.connection()); ResultSet r = ps.executeQuery()) {
            long n = 0;
            while (r.next()) {
                sink.accept(EventRows.read(r));
                n++;
            }
            return n;
        } catch (SQLException e) {
            throw new StoreException("cannot read events: " + EventStore.firstLine(e.getMessage()), e);
        }
    }

    public List<Event> list(EventQuery q) {
        List<Event> out = new ArrayList<>();
        forEach(q, out::add);
        return out;
    }

    /** The stored events with these ids, in the order of {@code ids}; unknown ids are skipped. */
    public List<Event> byIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(ids.size(), "?"));
        java.util.Map<String, Event> found = new java.util.HashMap<>();
        try (PreparedStatement ps = new Sql("SELECT * FROM events WHERE id IN (" + marks + ")", List.copyOf(ids))
                .prepare(store.connection()); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                Event e = EventRows.read(r);
                found.put(e.id(), e);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read events: " + EventStore.firstLine(e.getMessage()), e);
        }
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** When each batch was imported (its ledger's finish time), for "accessed on" dates in citations. */
    public java.util.Map<Long, java.time.LocalDate> batchDates() {
        java.util.Map<Long, java.time.LocalDate> out = new java.util.HashMap<>();
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT batch, CAST(coalesce(finished, started) AS DATE) FROM imports")) {
            while (r.next()) {
                java.sql.Date d = r.getDate(2);
                if (d != null) {
                    out.put(r.getLong(1), d.toLocalDate());
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the import ledger: " + EventStore.firstLine(e.getMessage()), e);
        }
        return out;
    }

    /** The number of events matching {@code q} (its limit and offset are ignored). */
    public long count(EventQuery q) {
        Sql r = q.relation();
        Sql sql = new Sql("SELECT count(*) FROM " + r.text() + " e", r.params());
        try (PreparedStatement ps = sql.prepare(store.connection()); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot count events: " + EventStore.firstLine(e.getMessage()), e);
        }
    }

    private static Event withBatch(Event e, long batch) {
        return new Event(e.id(), e.date(), e.precision(), e.source(), e.target(), e.cameo(), e.root(), e.quad(),
                e.goldstein(), e.ploverType(), e.ploverMode(), e.domains(), e.location(),
                e.provenance().withBatch(batch), e.confidence(), e.mentions(), e.sources(), e.articles(), e.tone());
    }

    static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the user needs to see
        }
    }

    static void autoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // connection already broken; the caller has the real error
        }
    }
}
