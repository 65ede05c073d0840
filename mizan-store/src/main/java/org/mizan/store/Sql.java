package org.mizan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** A SQL text with its positional parameters: the only way Mizan passes user values to DuckDB. */
public record Sql(String text, List<Object> params) {

    public Sql {
        params = List.copyOf(params);
    }

    /** Prepares the statement and binds every parameter. */
    public PreparedStatement prepare(Connection c) throws SQLException {
        PreparedStatement ps = c.prepareStatement(text);
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
        return ps;
    }
}
