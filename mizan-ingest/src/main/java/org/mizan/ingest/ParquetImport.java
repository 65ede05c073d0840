package org.mizan.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import org.mizan.store.EventStore;
import org.mizan.store.ImportLedger;
import org.mizan.store.ImportRecord;
import org.mizan.store.EventFiles;
import org.mizan.store.StoreException;

/** Imports a Parquet file of Mizan events (as {@code mizan events --format parquet} writes) as one batch. */
final class ParquetImport {

    private final EventStore store;
    private final ImportLedger ledger;

    ParquetImport(EventStore store, ImportLedger ledger) {
        this.store = store;
        this.ledger = ledger;
    }

    ImportResult run(Path file) {
        String name = file.toString();
        Connection c = store.connection();
        try {
            String sha = Checksums.sha256(file);
            var done = ledger.findDone(sha);
            if (done.isPresent()) {
                ImportRecord d = done.get();
                return new ImportResult(name, "parquet", d.batch(), d.read(), 0, d.imported() + d.duplicates(), 0,
                        ImportResult.Status.ALREADY_IMPORTED,
                        name + ": already imported as batch " + d.batch() + " (same SHA-256); nothing added", List.of());
            }
            LocalDateTime started = LocalDateTime.now();
            c.setAutoCommit(false);
            long batch = ledger.nextBatch();
            long[] counts = new EventFiles(store).importFile(file, batch);
            ledger.record(new ImportRecord(batch, name, sha, Files.size(file), "parquet", started, LocalDateTime.now(),
                    counts[0], counts[1], counts[0] - counts[1], 0, "done"));
            c.commit();
            return new ImportResult(name, "parquet", batch, counts[0], counts[1], counts[0] - counts[1], 0,
                    ImportResult.Status.DONE, null, List.of());
        } catch (IOException | SQLException | StoreException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // nothing more to undo
            }
            return ImportResult.failed(name, "parquet", name + ": import failed, nothing stored: "
                    + EventStore.firstLine(e.getMessage()));
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the result already says what failed
            }
        }
    }
}
