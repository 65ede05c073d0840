package org.mizan.analytics.relations;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mizan.analytics.network.DyadWeight;
import org.mizan.store.EventQuery;
import org.mizan.store.EventStore;
import org.mizan.store.Sql;
import org.mizan.store.StoreException;

/**
 * Net cooperation between countries over the events a filter selects: cooperative events (quad 1-2)
 * count +1, conflictual ones (quad 3-4) -1. Used for the signs of the network of states and for
 * foreign-policy profiles.
 */
public final class NetCooperation {

    private final EventStore store;

    public NetCooperation(EventStore store) {
        this.store = store;
    }

    /** One weight per directed pair of different countries (the network sums both directions). */
    public List<DyadWeight> dyads(EventQuery filter) {
        Sql rel = filter.withLimit(null, null).relation();
        String sql = "SELECT src_country, tgt_country, sum(CASE WHEN quad <= 2 THEN 1 ELSE -1 END) AS net FROM "
                + rel.text() + " e WHERE quad BETWEEN 1 AND 4 AND src_country IS NOT NULL AND tgt_country IS NOT NULL"
                + " AND src_country <> tgt_country GROUP BY ALL ORDER BY 1, 2";
        List<DyadWeight> out = new ArrayList<>();
        try (PreparedStatement ps = new Sql(sql, rel.params()).prepare(store.connection()); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                out.add(new DyadWeight(r.getString(1), r.getString(2), r.getLong(3)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot compute net cooperation: " + EventStore.firstLine(e.getMessage()), e);
        }
        return out;
    }

    /**
     * A country's foreign-policy profile: toward every other country it acted on, its net cooperation
     * divided by its event count with that country, so each value lies in [-1, 1].
     */
    public Map<String, Double> profile(String country, EventQuery filter) {
        Sql rel = filter.withLimit(null, null).relation();
        String sql = "SELECT tgt_country, sum(CASE WHEN quad <= 2 THEN 1 ELSE -1 END) / count(*) FROM " + rel.text()
                + " e WHERE quad BETWEEN 1 AND 4 AND src_country = ? AND tgt_country IS NOT NULL AND tgt_country <> ?"
                + " GROUP BY 1 ORDER BY 1";
        List<Object> params = new ArrayList<>(rel.params());
        params.add(country);
        params.add(country);
        Map<String, Double> out = new LinkedHashMap<>();
        try (PreparedStatement ps = new Sql(sql, params).prepare(store.connection()); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                out.put(r.getString(1), r.getDouble(2));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot compute a profile: " + EventStore.firstLine(e.getMessage()), e);
        }
        return out;
    }
}
