package org.mizan.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The rejects table: every row an import could not take, with file, line and reason. */
public final class Rejects {

    private final EventStore store;

    public Rejects(EventStore store) {
        this.store = store;
    }

    /** Rejects of one batch (or of all batches when null), by file and line. */
    public List<Reject> list(Long batch, int limit) {
        String sql = "SELECT batch, file, line, reason, raw FROM rejects"
                + (batch == null ? "" : " WHERE batch = ?") + " ORDER BY batch, line LIMIT ?";
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            int i = 1;
            if (batch != null) {
                ps.setLong(i++, batch);
            }
            ps.setInt(i, limit);
            List<Reject> out = new ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(new Reject(r.getLong(1), r.getString(2), r.getLong(3), r.getString(4), r.getString(5)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read rejects: " + EventStore.firstLine(e.getMessage()), e);
        }
    }
}
