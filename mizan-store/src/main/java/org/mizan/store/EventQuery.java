package org.mizan.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A filter over the event table, shared by {@code mizan events}, the analytics and the API.
 *
 * <p>Every field is optional (null = no filter). Actor and CAMEO filters are prefixes, as analysts use
 * them: {@code actor=PAKGOV} also matches {@code PAKGOVMIL}, {@code cameo=04} matches all of root 04.
 * {@link #relation()} turns the filter into a SQL relation with bound parameters; values are never
 * spliced into SQL.
 *
 * @param actor      actor code prefix on either side
 * @param country    ISO3 country on either side
 * @param dyadA      first country of a dyad (with dyadB)
 * @param dyadB      second country of a dyad
 * @param directed   whether the dyad is directed (A acts on B only)
 * @param from       first day included
 * @param to         last day included
 * @param cameo      CAMEO code prefix
 * @param quad       quad class 1-4
 * @param dataset    dataset name (gdelt1, gdelt2, icews, polecat, phoenix, text)
 * @param dedupDaily keep one event per day, source, target and code (the "one-a-day" filter)
 * @param limit      maximum rows, or null for all
 * @param offset     rows to skip, or null
 * @param roles      keep events where both actors with a role have one of these (e.g. GOV, MIL); empty = all
 * @param minMentions keep events with at least this many mentions (events without a count pass), or null
 */
public record EventQuery(String actor, String country, String dyadA, String dyadB, boolean directed,
                         LocalDate from, LocalDate to, String cameo, Integer quad, String dataset,
                         boolean dedupDaily, Integer limit, Integer offset, List<String> roles, Integer minMentions) {

    public EventQuery {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public EventQuery(String actor, String country, String dyadA, String dyadB, boolean directed,
                      LocalDate from, LocalDate to, String cameo, Integer quad, String dataset,
                      boolean dedupDaily, Integer limit, Integer offset) {
        this(actor, country, dyadA, dyadB, directed, from, to, cameo, quad, dataset, dedupDaily, limit, offset,
                List.of(), null);
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, false, null, null, null, null, null, false, null, null);
    }

    /** This query restricted to a period. */
    public EventQuery between(LocalDate first, LocalDate last) {
        return new EventQuery(actor, country, dyadA, dyadB, directed, first, last, cameo, quad, dataset, dedupDaily,
                limit, offset, roles, minMentions);
    }

    /** This query without its actor, country and dyad filters (for measures that choose their own actors). */
    public EventQuery withoutActors() {
        return new EventQuery(null, null, null, null, false, from, to, cameo, quad, dataset, dedupDaily, limit, offset,
                roles, minMentions);
    }

    public EventQuery withRoles(List<String> newRoles, Integer newMinMentions) {
        return new EventQuery(actor, country, dyadA, dyadB, directed, from, to, cameo, quad, dataset, dedupDaily,
                limit, offset, newRoles, newMinMentions);
    }

    /** A SQL relation (a parenthesised SELECT over events) and its parameters, in order. */
    public Sql relation() {
        return relation("SELECT * FROM events");
    }

    /**
     * The same filter over another table that names its columns as {@code events} does, such as a rollup.
     * The caller makes sure the table has every column this filter uses.
     */
    public Sql relationOver(String table) {
        return relation("SELECT * FROM " + table);
    }

    /**
     * The relation with each event's DuckDB row number as {@code row_id}, so a query can aggregate without
     * carrying the wide id column and look up the few ids it needs afterwards (a point lookup by rowid).
     */
    public Sql relationWithRowId() {
        return relation("SELECT *, rowid AS row_id FROM events");
    }

    private Sql relation(String selectFrom) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (actor != null) {
            where.add("(starts_with(src_code, ?) OR starts_with(tgt_code, ?))");
            params.add(upper(actor));
            params.add(upper(actor));
        }
        if (country != null) {
            where.add("(src_country = ? OR tgt_country = ?)");
            params.add(upper(country));
            params.add(upper(country));
        }
        if (dyadA != null && dyadB != null) {
            if (directed) {
                where.add("(src_country = ? AND tgt_country = ?)");
                params.add(upper(dyadA));
                params.add(upper(dyadB));
            } else {
                where.add("((src_country = ? AND tgt_country = ?) OR (src_country = ? AND tgt_country = ?))");
                params.add(upper(dyadA));
                params.add(upper(dyadB));
                params.add(upper(dyadB));
                params.add(upper(dyadA));
            }
        }
        if (from != null) {
            where.add("event_date >= ?");
            params.add(java.sql.Date.valueOf(from));
        }
        if (to != null) {
            where.add("event_date <= ?");
            params.add(java.sql.Date.valueOf(to));
        }
        if (cameo != null) {
            where.add("starts_with(cameo, ?)");
            params.add(cameo.trim());
        }
        if (quad != null) {
            where.add("quad = ?");
            params.add(quad);
        }
        if (dataset != null) {
            where.add("dataset = ?");
            params.add(dataset.trim().toLowerCase(Locale.ROOT));
        }
        if (!roles.isEmpty()) {
            // An actor without roles (a whole state) passes; an actor with roles needs one of the wanted ones.
            String wanted = "[" + String.join(", ", java.util.Collections.nCopies(roles.size(), "?")) + "]";
            where.add("(len(coalesce(src_roles, [])) = 0 OR list_has_any(src_roles, " + wanted + "::VARCHAR[]))");
            roles.forEach(r -> params.add(upper(r)));
            where.add("(len(coalesce(tgt_roles, [])) = 0 OR list_has_any(tgt_roles, " + wanted + "::VARCHAR[]))");
            roles.forEach(r -> params.add(upper(r)));
        }
        if (minMentions != null) {
            where.add("(mentions IS NULL OR mentions >= ?)");
            params.add(minMentions);
        }
        StringBuilder sql = new StringBuilder("(").append(selectFrom);
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        if (dedupDaily) {
            sql.append(" QUALIFY row_number() OVER (PARTITION BY event_date, src_code, tgt_code, cameo ORDER BY id) = 1");
        }
        sql.append(')');
        return new Sql(sql.toString(), params);
    }

    /** The relation ordered by date and id, with this query's limit and offset applied. */
    public Sql page() {
        Sql r = relation();
        StringBuilder sql = new StringBuilder("SELECT * FROM ").append(r.text()).append(" e ORDER BY event_date, id");
        List<Object> params = new ArrayList<>(r.params());
        if (limit != null) {
            sql.append(" LIMIT ?");
            params.add(limit);
        }
        if (offset != null) {
            sql.append(" OFFSET ?");
            params.add(offset);
        }
        return new Sql(sql.toString(), params);
    }

    public EventQuery withLimit(Integer newLimit, Integer newOffset) {
        return new EventQuery(actor, country, dyadA, dyadB, directed, from, to, cameo, quad, dataset, dedupDaily,
                newLimit, newOffset, roles, minMentions);
    }

    private static String upper(String s) {
        return s.trim().toUpperCase(Locale.ROOT);
    }
}
