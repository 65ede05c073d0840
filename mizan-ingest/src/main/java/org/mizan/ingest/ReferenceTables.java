package org.mizan.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.mizan.core.actor.ActorCodes;
import org.mizan.core.actor.Countries;
import org.mizan.core.actor.Fips;
import org.mizan.core.cameo.CameoEventType;
import org.mizan.core.cameo.CameoOntology;
import org.mizan.core.io.TsvResource;

/**
 * Loads the ontology tables that dataset formats join against (CAMEO codes, FIPS, country names, ICEWS
 * sectors, CAMEO roles) into a connection as temporary tables, once per connection.
 */
final class ReferenceTables {

    private ReferenceTables() {
    }

    static void ensure(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS ref_loaded (done BOOLEAN)");
            try (var r = s.executeQuery("SELECT count(*) FROM ref_loaded")) {
                r.next();
                if (r.getLong(1) > 0) {
                    return;
                }
            }
            s.execute("CREATE OR REPLACE TEMP TABLE cameo_codes (code VARCHAR, root VARCHAR, quad TINYINT, "
                    + "goldstein DOUBLE, plover_type VARCHAR, plover_mode VARCHAR)");
            s.execute("CREATE OR REPLACE TEMP TABLE fips_iso3 (fips VARCHAR, iso3 VARCHAR)");
            s.execute("CREATE OR REPLACE TEMP TABLE legacy_codes (cameo VARCHAR, iso3 VARCHAR)");
            s.execute("CREATE OR REPLACE TEMP TABLE country_names (name VARCHAR, iso3 VARCHAR)");
            s.execute("CREATE OR REPLACE TEMP TABLE icews_sectors (sector VARCHAR, role VARCHAR, priority INTEGER)");
            s.execute("CREATE OR REPLACE TEMP TABLE cameo_roles (code VARCHAR)");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cameo_codes VALUES (?,?,?,?,?,?)")) {
            for (CameoEventType t : CameoOntology.get().all()) {
                ps.setString(1, t.code());
                ps.setString(2, t.root());
                ps.setInt(3, t.quad());
                ps.setDouble(4, t.goldstein());
                ps.setString(5, t.ploverType());
                ps.setString(6, t.ploverMode());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        insertPairs(c, "fips_iso3", Fips.table());
        insertPairs(c, "country_names", Countries.nameTable());
        insertPairs(c, "legacy_codes", Countries.legacyTable());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO icews_sectors VALUES (?,?,?)")) {
            for (String[] row : TsvResource.rows(ReferenceTables.class, "icews-sectors.tsv")) {
                ps.setString(1, row[0]);
                ps.setString(2, row[1]);
                ps.setInt(3, Integer.parseInt(row[2]));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO cameo_roles VALUES (?)")) {
            for (String role : ActorCodes.roles()) {
                ps.setString(1, role);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO ref_loaded VALUES (true)");
        }
    }

    private static void insertPairs(Connection c, String table, Map<String, String> pairs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " VALUES (?,?)")) {
            for (Map.Entry<String, String> e : pairs.entrySet()) {
                ps.setString(1, e.getKey());
                ps.setString(2, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
