package org.mizan.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a store's schema up to the current version by running the numbered scripts in
 * {@code migrations/} that it has not yet run, each in its own transaction.
 *
 * <p>The version lives in {@code schema_version}; a store written by a newer Mizan is refused rather than
 * silently misread.
 */
final class Migrations {

    /** Scripts in order; the n-th script brings the schema to version n. */
    static final List<String> SCRIPTS = List.of("V1__events.sql", "V2__evidence_marks.sql", "V3__dyad_months.sql");

    private Migrations() {
    }

    static int current() {
        return SCRIPTS.size();
    }

    static void migrate(Connection c) throws SQLException {
        migrate(c, current());
    }

    /** Brings the schema to version {@code target}; tests use an older target to build a store as it was. */
    static void migrate(Connection c, int target) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied TIMESTAMP)");
            int version = 0;
            try (ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
                if (r.next()) {
                    version = r.getInt(1);
                }
            }
            if (version > current()) {
                throw new StoreException("this store has schema version " + version
                        + " but this Mizan knows only up to " + current() + "; use a newer Mizan");
            }
            for (int v = version + 1; v <= target; v++) {
                boolean auto = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    for (String sql : statements(SCRIPTS.get(v - 1))) {
                        s.execute(sql);
                    }
                    s.execute("INSERT INTO schema_version VALUES (" + v + ", current_timestamp)");
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(auto);
                }
            }
        }
    }

    /** The statements of a script, split on ';' at line ends; '--' comment lines are dropped. */
    private static List<String> statements(String script) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new StoreException("missing migration " + script);
            }
            StringBuilder sb = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.strip().startsWith("--")) {
                    sb.append(line).append('\n');
                }
            }
            return java.util.Arrays.stream(sb.toString().split(";\\s*\n"))
                    .map(String::strip).filter(x -> !x.isEmpty()).toList();
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + script, e);
        }
    }
}
