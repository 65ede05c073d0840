package org.mizan.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mizan.core.event.Actor;
import org.mizan.core.event.DatePrecision;
import org.mizan.core.event.Event;
import org.mizan.core.event.Location;
import org.mizan.core.event.Marks;
import org.mizan.core.event.Provenance;

/** Maps {@link Event} records to rows of the {@code events} table and back; the one place that knows both. */
public final class EventRows {

    /** The event table's columns, in table order. */
    public static final List<String> COLUMNS = List.of("id", "event_date", "date_precision",
            "src_code", "src_country", "src_group", "src_roles", "src_name",
            "tgt_code", "tgt_country", "tgt_group", "tgt_roles", "tgt_name",
            "cameo", "root", "quad", "goldstein", "plover_type", "plover_mode", "domains",
            "loc_country", "loc_name", "lat", "lon",
            "dataset", "file", "line", "original_id", "batch", "doc_id", "sentence", "ev_start", "ev_end",
            "evidence", "url", "source_name", "published", "confidence", "mentions", "sources", "articles", "tone",
            "mark_src_start", "mark_src_end", "mark_tgt_start", "mark_tgt_end", "mark_verb_start", "mark_verb_end");

    private EventRows() {
    }

    static String insertSql() {
        return "INSERT INTO events (" + String.join(",", COLUMNS) + ") VALUES ("
                + String.join(",", java.util.Collections.nCopies(COLUMNS.size(), "?")) + ")";
    }

    /** Binds one event to an insert prepared from {@link #insertSql()}. */
    static void bind(PreparedStatement ps, Connection c, Event e) throws SQLException {
        int i = 1;
        ps.setString(i++, e.id());
        set(ps, i++, e.date() == null ? null : java.sql.Date.valueOf(e.date()));
        ps.setString(i++, e.precision().name());
        i = bindActor(ps, c, i, e.source());
        i = bindActor(ps, c, i, e.target());
        ps.setString(i++, e.cameo());
        ps.setString(i++, e.root());
        set(ps, i++, e.quad() == 0 ? null : e.quad());
        set(ps, i++, e.goldstein());
        ps.setString(i++, e.ploverType());
        ps.setString(i++, e.ploverMode());
        ps.setArray(i++, c.createArrayOf("VARCHAR", e.domains().toArray()));
        Location l = e.location();
        ps.setString(i++, l == null ? null : l.country());
        ps.setString(i++, l == null ? null : l.name());
        set(ps, i++, l == null ? null : l.lat());
        set(ps, i++, l == null ? null : l.lon());
        Provenance p = e.provenance();
        ps.setString(i++, p.dataset());
        ps.setString(i++, p.file());
        set(ps, i++, p.line());
        ps.setString(i++, p.originalId());
        set(ps, i++, p.batch());
        ps.setString(i++, p.documentId());
        set(ps, i++, p.sentence());
        set(ps, i++, p.start());
        set(ps, i++, p.end());
        ps.setString(i++, p.evidence());
        ps.setString(i++, p.url());
        ps.setString(i++, p.sourceName());
        ps.setString(i++, p.published());
        set(ps, i++, e.confidence());
        set(ps, i++, e.mentions());
        set(ps, i++, e.sources());
        set(ps, i++, e.articles());
        set(ps, i++, e.tone());
        Marks m = p.marks();
        i = bindSpan(ps, i, m == null ? null : m.source());
        i = bindSpan(ps, i, m == null ? null : m.target());
        bindSpan(ps, i, m == null ? null : m.verb());
    }

    private static int bindSpan(PreparedStatement ps, int i, Marks.Span span) throws SQLException {
        set(ps, i++, span == null ? null : span.start());
        set(ps, i++, span == null ? null : span.end());
        return i;
    }

    /** Binds a value or NULL; DuckDB's driver takes plain objects better than typed setObject calls. */
    private static void set(PreparedStatement ps, int i, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.NULL);
        } else {
            ps.setObject(i, value);
        }
    }

    private static int bindActor(PreparedStatement ps, Connection c, int i, Actor a) throws SQLException {
        ps.setString(i++, a == null ? null : a.code());
        ps.setString(i++, a == null ? null : a.country());
        ps.setString(i++, a == null ? null : a.knownGroup());
        ps.setArray(i++, a == null ? null : c.createArrayOf("VARCHAR", a.roles().toArray()));
        ps.setString(i++, a == null ? null : a.name());
        return i;
    }

    /** Reads the current row of a {@code SELECT *} over events. */
    public static Event read(ResultSet r) throws SQLException {
        java.sql.Date d = r.getDate("event_date");
        Provenance p = new Provenance(r.getString("dataset"), r.getString("file"), longOrNull(r, "line"),
                r.getString("original_id"), longOrNull(r, "batch"), r.getString("doc_id"),
                intOrNull(r, "sentence"), intOrNull(r, "ev_start"), intOrNull(r, "ev_end"),
                r.getString("evidence"), r.getString("url"), r.getString("source_name"), r.getString("published"),
                new Marks(span(r, "mark_src"), span(r, "mark_tgt"), span(r, "mark_verb")));
        Double lat = doubleOrNull(r, "lat");
        Double lon = doubleOrNull(r, "lon");
        String locCountry = r.getString("loc_country");
        String locName = r.getString("loc_name");
        Location loc = locCountry == null && locName == null && lat == null ? null
                : new Location(locCountry, locName, lat, lon);
        Integer quad = intOrNull(r, "quad");
        return new Event(r.getString("id"), d == null ? null : d.toLocalDate(),
                DatePrecision.parse(r.getString("date_precision")), actor(r, "src"), actor(r, "tgt"),
                r.getString("cameo"), r.getString("root"), quad == null ? 0 : quad, doubleOrNull(r, "goldstein"),
                r.getString("plover_type"), r.getString("plover_mode"), strings(r.getArray("domains")), loc, p,
                doubleOrNull(r, "confidence"), intOrNull(r, "mentions"), intOrNull(r, "sources"),
                intOrNull(r, "articles"), doubleOrNull(r, "tone"));
    }

    private static Marks.Span span(ResultSet r, String prefix) throws SQLException {
        return Marks.Span.of(intOrNull(r, prefix + "_start"), intOrNull(r, prefix + "_end"));
    }

    private static Actor actor(ResultSet r, String side) throws SQLException {
        String code = r.getString(side + "_code");
        String name = r.getString(side + "_name");
        String country = r.getString(side + "_country");
        String group = r.getString(side + "_group");
        if (code == null && name == null && country == null && group == null) {
            return null;
        }
        return new Actor(code, country, group, strings(r.getArray(side + "_roles")), name);
    }

    private static List<String> strings(Array a) throws SQLException {
        if (a == null) {
            return List.of();
        }
        Object[] values = (Object[]) a.getArray();
        List<String> out = new ArrayList<>(values.length);
        Arrays.stream(values).forEach(v -> out.add(String.valueOf(v)));
        return out;
    }

    private static Long longOrNull(ResultSet r, String col) throws SQLException {
        long v = r.getLong(col);
        return r.wasNull() ? null : v;
    }

    private static Integer intOrNull(ResultSet r, String col) throws SQLException {
        int v = r.getInt(col);
        return r.wasNull() ? null : v;
    }

    private static Double doubleOrNull(ResultSet r, String col) throws SQLException {
        double v = r.getDouble(col);
        return r.wasNull() ? null : v;
    }
}
