package org.mizan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The import ledger: which files (by SHA-256 of their bytes) have been imported, as which batch, with which
 * counts. A file whose checksum is already recorded as done is not read again, which makes re-imports
 * no-ops; a batch is written in the same transaction as its events, so a crashed import leaves no trace.
 *
 * <p>Status {@value #DONE}, or {@value #LINES}: every event of the batch is stored, but their file lines
 * are still to be written (a second, short transaction; see the ingest module's Importer). Such a batch
 * counts as imported.
 */
public final class ImportLedger {

    public static final String DONE = "done";
    public static final String LINES = "lines";

    private final EventStore store;

    public ImportLedger(EventStore store) {
        this.store = store;
    }

    /** A new batch id from the store's sequence. */
    public long nextBatch() {
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT nextval('batch_seq')")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("cannot allocate an import batch: " + EventStore.firstLine(e.getMessage()), e);
        }
    }

    /** The completed import of a file with this checksum, if any. */
    public Optional<ImportRecord> findDone(String sha256) {
        List<ImportRecord> found = select("WHERE sha256 = ? AND status IN ('" + DONE + "', '" + LINES
                + "') ORDER BY batch LIMIT 1", sha256);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Whether an imported file had exactly this many bytes (a file with the same content would). */
    public boolean holdsSize(long bytes) {
        return !select("WHERE bytes = ? AND status IN ('" + DONE + "', '" + LINES + "') LIMIT 1", bytes).isEmpty();
    }

    /** Batches whose events are stored but whose file lines are still to be written. */
    public List<ImportRecord> awaitingLines() {
        return select("WHERE status = '" + LINES + "' ORDER BY batch");
    }

    /** Marks a batch done; call in the transaction that wrote its last part. */
    public void markDone(long batch) {
        try (PreparedStatement ps = store.connection().prepareStatement(
                "UPDATE imports SET status = '" + DONE + "' WHERE batch = ?")) {
            ps.setLong(1, batch);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot mark batch " + batch + " done: " + EventStore.firstLine(e.getMessage()), e);
        }
    }

    /** Records a batch; call inside the import's transaction. */
    public void record(ImportRecord r) {
        String sql = "INSERT INTO imports VALUES (?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            ps.setLong(1, r.batch());
            ps.setString(2, r.file());
            ps.setString(3, r.sha256());
            ps.setLong(4, r.bytes());
            ps.setString(5, r.format());
            ps.setTimestamp(6, r.started() == null ? null : Timestamp.valueOf(r.started()));
            ps.setTimestamp(7, r.finished() == null ? null : Timestamp.valueOf(r.finished()));
            ps.setLong(8, r.read());
            ps.setLong(9, r.imported());
            ps.setLong(10, r.duplicates());
            ps.setLong(11, r.rejected());
            ps.setString(12, r.status());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record import of " + r.file() + ": " + EventStore.firstLine(e.getMessage()), e);
        }
    }

    public List<ImportRecord> all() {
        return select("ORDER BY batch");
    }

    private List<ImportRecord> select(String tail, Object... params) {
        Connection c = store.connection();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM imports " + tail)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<ImportRecord> out = new ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    Timestamp st = r.getTimestamp("started");
                    Timestamp fin = r.getTimestamp("finished");
                    out.add(new ImportRecord(r.getLong("batch"), r.getString("file"), r.getString("sha256"),
                            r.getLong("bytes"), r.getString("format"),
                            st == null ? null : st.toLocalDateTime(), fin == null ? null : fin.toLocalDateTime(),
                            r.getLong("rows_read"), r.getLong("imported"), r.getLong("duplicates"),
                            r.getLong("rejected"), r.getString("status")));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the import ledger: " + EventStore.firstLine(e.getMessage()), e);
        }
    }
}
