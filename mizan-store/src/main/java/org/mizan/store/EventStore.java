package org.mizan.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An open Mizan event store: one embedded DuckDB database, migrated to the current schema on open.
 *
 * <p>Not thread-safe as a whole: DuckDB allows one writer; readers on other threads should
 * {@link #duplicateConnection()}. Close it to release the file lock.
 */
public final class EventStore implements AutoCloseable {

    private final Path path;
    private final Connection connection;

    private EventStore(Path path, Connection connection) {
        this.path = path;
        this.connection = connection;
    }

    /** The default store, {@code ~/.mizan/mizan.duckdb}. */
    public static Path defaultPath() {
        return Path.of(System.getProperty("user.home"), ".mizan", "mizan.duckdb");
    }

    /** Opens (creating if needed) the store at {@code path}; null opens a throw-away in-memory store. */
    public static EventStore open(Path path) {
        try {
            if (path != null && path.toAbsolutePath().getParent() != null) {
                Files.createDirectories(path.toAbsolutePath().getParent());
            }
            String url = path == null ? "jdbc:duckdb:" : "jdbc:duckdb:" + path.toAbsolutePath();
            Connection c = DriverManager.getConnection(url);
            try (Statement st = c.createStatement()) {
                // A fixed cap keeps memory flat however large an import grows; DuckDB spills beyond it.
                st.execute("SET memory_limit = '" + memoryLimit() + "'");
            }
            Migrations.migrate(c);
            return new EventStore(path, c);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store at " + path + ": " + firstLine(e.getMessage()), e);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the folder for " + path + ": " + e.getMessage(), e);
        }
    }

    /** DuckDB's memory cap: MIZAN_MEMORY_LIMIT (e.g. "4GB"), default 2GB. */
    static String memoryLimit() {
        String v = System.getenv("MIZAN_MEMORY_LIMIT");
        return v != null && v.matches("\\d+(\\.\\d+)?\\s*[KMGT]i?B") ? v : "2GB";
    }

    public static EventStore inMemory() {
        return open(null);
    }

    /** The store's file, or null for an in-memory store. */
    public Path path() {
        return path;
    }

    /** The store's connection, for modules that compute in SQL (ingest, analytics). */
    public Connection connection() {
        return connection;
    }

    /** A second connection to the same database, e.g. for a reader on another thread. */
    public Connection duplicateConnection() {
        try {
            return ((org.duckdb.DuckDBConnection) connection).duplicate();
        } catch (SQLException e) {
            throw new StoreException("cannot open a second connection: " + firstLine(e.getMessage()), e);
        }
    }

    /** Runs one SQL statement that returns nothing. */
    public void execute(String sql) {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new StoreException(firstLine(e.getMessage()), e);
        }
    }

    public int schemaVersion() {
        return Migrations.current();
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store: " + firstLine(e.getMessage()), e);
        }
    }

    /** DuckDB's messages carry JSON detail after the first line; users need only the first. */
    public static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
