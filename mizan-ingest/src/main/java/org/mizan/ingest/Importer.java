package org.mizan.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mizan.ingest.format.DatasetFormat;
import org.mizan.ingest.format.Formats;
import org.mizan.store.EventStore;
import org.mizan.store.ImportLedger;
import org.mizan.store.ImportRecord;
import org.mizan.store.Rejects;

/**
 * Imports dataset files into the event store, one file per batch.
 *
 * <p>Each file is read by DuckDB's own CSV reader inside one transaction: rows that fail the reader (wrong
 * field count, invalid UTF-8) or the format's checks (bad date, unknown code, bad number) go to the
 * rejects table with file, line and reason; good rows whose id the store already holds count as
 * duplicates; the rest are added. A file whose SHA-256 is in the ledger is not read again. Counts always
 * reconcile: read = imported + duplicates + rejected. No exception escapes for bad input: a file that
 * cannot be read at all gives a FAILED result with a message.
 *
 * <p>Cost: one parallel scan of the file plus one columnar copy of its good rows.
 */
public final class Importer {

    /** How many rejected rows a result carries for display; all are in the rejects table. */
    static final int REJECT_SAMPLE = 20;

    private final EventStore store;
    private final ImportLedger ledger;
    private final ImportListener listener;

    public Importer(EventStore store, ImportListener listener) {
        this.store = store;
        this.ledger = new ImportLedger(store);
        this.listener = listener == null ? ImportListener.NONE : listener;
    }

    /** Imports every file named by {@code spec} (a file, a directory or a glob) with format {@code format}. */
    public List<ImportResult> importAll(String spec, String format) {
        List<Path> files;
        try {
            files = InputFiles.expand(spec);
        } catch (IOException e) {
            return List.of(ImportResult.failed(spec, null, "cannot list " + spec + ": " + e.getMessage()));
        }
        if (files.isEmpty()) {
            return List.of(ImportResult.failed(spec, null, "no such file, directory or matching files: " + spec));
        }
        List<ImportResult> results = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            listener.fileStarted(f, i + 1, files.size(), sizeOf(f));
            ImportResult r = importFile(f, format);
            listener.fileDone(r);
            results.add(r);
        }
        return results;
    }

    /** Imports one file; {@code format} is a format name or "auto" (or null). */
    public ImportResult importFile(Path file, String format) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            return ImportResult.failed(name, null, "no such file: " + name);
        }
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".parquet")) {
            return new ParquetImport(store, ledger).run(file);
        }
        try (InputFile in = InputFile.open(file)) {
            if (in.nulOffset >= 0) {
                return ImportResult.failed(name, null, name + ": binary content (NUL byte at offset " + in.nulOffset
                        + "), not a delimited event dataset");
            }
            if (in.firstLines.isEmpty()) {
                return new ImportResult(name, null, null, 0, 0, 0, 0, ImportResult.Status.EMPTY,
                        name + ": empty file, nothing to import", List.of());
            }
            Optional<DatasetFormat> f = format == null || format.equalsIgnoreCase("auto")
                    ? FormatDetector.detect(in.firstLines, in.name()) : Formats.byName(format);
            if (f.isEmpty()) {
                return ImportResult.failed(name, null, format == null || format.equalsIgnoreCase("auto")
                        ? name + ": cannot tell the dataset format from the first lines; name it with --format ("
                        + FormatDetector.choices() + ")"
                        : "unknown format '" + format + "'; choose one of " + FormatDetector.choices());
            }
            Optional<ImportRecord> done = ledger.findDone(in.sha256);
            if (done.isPresent()) {
                ImportRecord d = done.get();
                return new ImportResult(name, d.format(), d.batch(), d.read(), 0, d.imported() + d.duplicates(),
                        d.rejected(), ImportResult.Status.ALREADY_IMPORTED,
                        name + ": already imported as batch " + d.batch() + " (same SHA-256); nothing added",
                        List.of());
            }
            return run(in, f.get());
        } catch (IOException e) {
            return ImportResult.failed(name, null, name + ": cannot read: " + e.getMessage());
        }
    }

    private ImportResult run(InputFile in, DatasetFormat f) throws IOException {
        String name = in.path.toString();
        Connection c = store.connection();
        LocalDateTime started = LocalDateTime.now();
        int header = f.header() ? 1 : 0;
        try {
            ReferenceTables.ensure(c);
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS csv_rejects");
                s.execute("DROP TABLE IF EXISTS csv_scans");
            }
            String stageSql = StagingSql.stage(f, in.readable().toAbsolutePath().toString(), in.isGzip());
            Steps steps = new Steps();
            try (PreparedStatement ps = c.prepareStatement(stageSql)) {
                ProgressWatch.run(ps, p -> listener.progress(in.path, p));
            }
            steps.done("stage");
            long batch = ledger.nextBatch();
            long staged = scalar(c, "SELECT count(*) FROM stage");
            long csvRejected = scalar(c, "SELECT count(DISTINCT line) FROM csv_rejects");
            long checkRejected = scalar(c, "SELECT count(*) FROM stage WHERE reason IS NOT NULL");
            long imported;
            try (Statement s = c.createStatement()) {
                s.execute(StagingSql.rejectPositions(header));
            }
            boolean repeated = scalar(c, "SELECT count(*) - count(DISTINCT _id) FROM stage WHERE reason IS NULL") > 0;
            try (PreparedStatement ps = c.prepareStatement(StagingSql.insertGood(f, header, csvRejected > 0, repeated))) {
                ps.setLong(1, batch);
                ps.setString(2, name);
                imported = ps.executeUpdate();
            }
            steps.done("insert");
            try (PreparedStatement ps = c.prepareStatement(StagingSql.insertRejects(header))) {
                ps.setLong(1, batch);
                ps.setString(2, name);
                ps.setLong(3, batch);
                ps.setString(4, name);
                ps.executeUpdate();
            }
            steps.done("rejects");
            long rejected = csvRejected + checkRejected;
            long read = staged + csvRejected;
            long duplicates = staged - checkRejected - imported;
            ledger.record(new ImportRecord(batch, name, in.sha256, in.bytes, f.name(), started, LocalDateTime.now(),
                    read, imported, duplicates, rejected, "done"));
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE stage");
            }
            c.commit();
            steps.done("commit");
            return new ImportResult(name, f.name(), batch, read, imported, duplicates, rejected,
                    ImportResult.Status.DONE, rejected > 0 ? name + ": " + rejected + " rows rejected" : null,
                    new Rejects(store).list(batch, REJECT_SAMPLE));
        } catch (SQLException | RuntimeException e) {
            rollback(c);
            return ImportResult.failed(name, f.name(), name + ": import failed, nothing stored: "
                    + EventStore.firstLine(e.getMessage()));
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken; the result already says what failed
            }
        }
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // nothing more to undo
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
