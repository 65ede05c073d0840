package org.mizan.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.mizan.ingest.format.DatasetFormat;
import org.mizan.ingest.format.Formats;
import org.mizan.store.EventStore;
import org.mizan.store.ImportLedger;
import org.mizan.store.ImportRecord;

/**
 * Gives a batch's events their file lines: in the import's own transaction, or, for a parallel batch with
 * no deleted row, in a second transaction right after it (see {@link Importer}).
 */
final class FileLines {

    private FileLines() {
    }

    /**
     * Lists where the reader's rejected lines fall (from {@code rejects}, a table or a filtered one with a
     * line column) and shifts the batch's lines past them; first numbers the batch by its row ids when it
     * came from the parallel path.
     */
    static void number(Connection c, DatasetFormat f, int header, long batch, long csvRejected, boolean byRowId,
                       String rejects) throws SQLException {
        if (byRowId) {
            try (PreparedStatement ps = c.prepareStatement(StagingSql.numberLines(f, header))) {
                ps.setLong(1, batch);
                ps.setLong(2, batch);
                ps.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute(StagingSql.rejectPositions(header, rejects));
        }
        if (csvRejected > 0) {
            try (PreparedStatement ps = c.prepareStatement(StagingSql.fixLines(f, header))) {
                ps.setLong(1, batch);
                ps.executeUpdate();
            }
        }
    }

    /**
     * Writes the lines of a parallel batch committed with status {@value ImportLedger#LINES}, in a transaction
     * of its own, and marks the batch done. Returns null, or what went wrong (the batch then keeps its status
     * for the next try).
     */
    static String writeLater(Connection c, ImportLedger ledger, DatasetFormat f, long batch) {
        try {
            c.setAutoCommit(false);
            // A parallel batch's rejects are all the reader's, one per line.
            String rejects = "rejects WHERE batch = " + batch;
            number(c, f, f.header() ? 1 : 0, batch, Importer.scalar(c, "SELECT count(*) FROM " + rejects), true,
                    rejects);
            ledger.markDone(batch);
            c.commit();
            return null;
        } catch (SQLException | RuntimeException e) {
            Importer.rollback(c);
            return "the events of batch " + batch + " are stored, but writing their file lines failed ("
                    + EventStore.firstLine(e.getMessage()) + "); the next import retries";
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken; the message already says what failed
            }
        }
    }

    /**
     * Writes the lines of batches an earlier, interrupted import left without them; null, or what went
     * wrong (those batches then stay as they are for the next try).
     */
    static String writePending(Connection c, ImportLedger ledger) {
        for (ImportRecord r : ledger.awaitingLines()) {
            Optional<DatasetFormat> f = Formats.byName(r.format());
            String failed = f.isEmpty() ? "unknown format " + r.format() : writeLater(c, ledger, f.get(), r.batch());
            if (failed != null) {
                return "cannot finish batch " + r.batch() + " (" + r.file() + ") left by an interrupted import: " + failed;
            }
        }
        return null;
    }
}
