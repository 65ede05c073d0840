package org.mizan.analytics.relations;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mizan.store.EventQuery;
import org.mizan.store.EventStore;
import org.mizan.store.Sql;
import org.mizan.store.StoreException;

/**
 * Dyadic series between countries: per period and pair, the counts and rates of {@link DyadRow}, over the
 * events an {@link EventQuery} selects. The aggregate is {@code dyad-series.sql}, one SQL definition that
 * any engine holding the event table can run.
 *
 * <p>Directed series keep (source, target) as (a, b); undirected ones fold both directions into the
 * alphabetically ordered pair. Only events between two different known countries count. Cost: one scan of
 * the filtered events plus a hash aggregate; for month, quarter and year series whose filter the monthly
 * rollup can answer ({@link MonthRollup}), a scan of that much smaller table instead.
 */
public final class DyadSeries {

    private static final String TEMPLATE = SqlTemplate.load("dyad-series.sql");

    /** Set to false to make every series scan the events (to compare with the rollup). */
    private final boolean rollup;

    private final EventStore store;

    public DyadSeries(EventStore store) {
        this(store, true);
    }

    DyadSeries(EventStore store, boolean rollup) {
        this.store = store;
        this.rollup = rollup;
    }

    /**
     * The series for all dyads, or for one pair when {@code pairA}/{@code pairB} are given.
     */
    public List<DyadRow> compute(EventQuery filter, Period period, boolean directed, String pairA, String pairB) {
        boolean fromRollup = rollup && MonthRollup.serves(filter, period) && refreshed();
        Sql rel = fromRollup ? filter.withLimit(null, null).relationOver("dyad_months")
                : filter.withLimit(null, null).relation();
        String scope = "";
        String volumeFilter = "";
        String pair = "";
        List<Object> scopeParams = new ArrayList<>();
        List<Object> volumeParams = new ArrayList<>();
        List<Object> pairParams = new ArrayList<>();
        if (pairA != null && pairB != null) {
            String a = pairA.toUpperCase(Locale.ROOT);
            String b = pairB.toUpperCase(Locale.ROOT);
            scope = "AND (src_country IN (?, ?) OR tgt_country IN (?, ?))";
            scopeParams.addAll(List.of(a, b, a, b));
            volumeFilter = "AND country IN (?, ?)";
            volumeParams.addAll(List.of(a, b));
            if (directed) {
                pair = "AND src_country = ? AND tgt_country = ?";
                pairParams.addAll(List.of(a, b));
            } else {
                pair = "AND least(src_country, tgt_country) = ? AND greatest(src_country, tgt_country) = ?";
                pairParams.add(a.compareTo(b) <= 0 ? a : b);
                pairParams.add(a.compareTo(b) <= 0 ? b : a);
            }
        }
        String agg = SqlTemplate.fill(fromRollup ? MonthRollup.FROM_ROLLUP : MonthRollup.AGG,
                Map.of("events", rel.text(), "period", period.sql(), "keys", "", "scope", scope));
        String sql = SqlTemplate.fill(TEMPLATE, Map.of("agg", agg,
                "a", directed ? "src_country" : "least(src_country, tgt_country)",
                "b", directed ? "tgt_country" : "greatest(src_country, tgt_country)", "pair", pair,
                "volumeFilter", volumeFilter));
        // Parameters follow the text: the relation's, the scope's, the volume filter's, then the pair's.
        List<Object> params = new ArrayList<>(rel.params());
        params.addAll(scopeParams);
        params.addAll(volumeParams);
        params.addAll(pairParams);
        List<DyadRow> rows = new ArrayList<>();
        try (PreparedStatement ps = new Sql(sql, params).prepare(store.connection()); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                double meanValue = r.getDouble("goldstein_mean");
                Double mean = r.wasNull() ? null : meanValue;
                rows.add(new DyadRow(r.getDate("period").toLocalDate(), r.getString("a"), r.getString("b"),
                        r.getLong("events"), r.getLong("verbal_coop"), r.getLong("material_coop"),
                        r.getLong("verbal_conflict"), r.getLong("material_conflict"), r.getDouble("goldstein_sum"),
                        mean, r.getLong("net_coop"), r.getLong("a_volume"),
                        r.getDouble("rate"), r.getDouble("net_coop_rate"), r.getDouble("goldstein_rate")));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot compute dyad series: " + EventStore.firstLine(e.getMessage()), e);
        }
        return rows;
    }

    private boolean refreshed() {
        try {
            return MonthRollup.refresh(store.connection());
        } catch (SQLException e) {
            throw new StoreException("cannot update the monthly dyad rollup: " + EventStore.firstLine(e.getMessage()), e);
        }
    }
}
