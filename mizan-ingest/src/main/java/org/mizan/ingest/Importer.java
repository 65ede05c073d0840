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
import java.util.function.UnaryOperator;
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
 * <p>Cost, for formats whose SQL is row-local (all of Mizan's): one scan of the file on all cores straight
 * into the store, rows numbered afterwards from their append order; rows already stored are then deleted.
 * That holds when every line is appended or rejected by the reader (the line count taken while hashing
 * tells). Otherwise, and for a format with a subquery, the numbered path: one scan that numbers rows as it
 * reads (single-threaded), and a second scan to classify each row when some fail a check or are already
 * stored.
 *
 * <p>When such a parallel batch has no row already stored and no id twice, its lines are written in a
 * second transaction right after the first: DuckDB rewrites at commit every row a transaction changes
 * after appending it, which made numbering in the same transaction cost a fifth of the import. The first
 * transaction holds all of the file's events, rejects and ledger row (status "lines"), so the file still
 * lands whole; if the process stops before the second, the next import writes the missing lines (the
 * batch has no deleted row, so its row ids still run in file order).
 */
public final class Importer {

    /** How many rejected rows a result carries for display; all are in the rejects table. */
    static final int REJECT_SAMPLE = 20;

    private final EventStore store;
    private final ImportLedger ledger;
    private final ImportListener listener;
    private boolean linesChecked;
    /** Whether to decide on trimming before the text scan ends (true) or to wait for it; false in tests only. */
    private final boolean eager;

    public Importer(EventStore store, ImportListener listener) {
        this(store, listener, true);
    }

    /** With {@code eager} false, trimming is always first left out and the padding check comes after the insert. */
    Importer(EventStore store, ImportListener listener, boolean eager) {
        this.eager = eager;
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
        String pending = linesChecked ? null : FileLines.writePending(store.connection(), ledger);
        linesChecked = pending == null;
        if (pending != null) {
            return ImportResult.failed(name, null, pending);
        }
        Steps steps = new Steps();
        try (InputFile in = InputFile.open(file)) {
            steps.done("open");
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
            // Only a file of an imported file's size can have its content: only then wait for the hash first.
            Optional<ImportRecord> done = ledger.holdsSize(in.bytes) ? ledger.findDone(in.sha256()) : Optional.empty();
            if (done.isPresent()) {
                ImportRecord d = done.get();
                return new ImportResult(name, d.format(), d.batch(), d.read(), 0, d.imported() + d.duplicates(),
                        d.rejected(), ImportResult.Status.ALREADY_IMPORTED,
                        name + ": already imported as batch " + d.batch() + " (same SHA-256); nothing added",
                        List.of());
            }
            return run(in, f.get(), steps, false);
        } catch (IOException | java.io.UncheckedIOException e) {
            return ImportResult.failed(name, null, name + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * Imports {@code in} as format {@code f}, trimming fields if {@code trim} or if the text scan, when it is
     * already done, saw padding; a scan that finishes later and sees padding makes it start again, trimming.
     */
    private ImportResult run(InputFile in, DatasetFormat f, Steps steps, boolean trim) throws IOException {
        String name = in.path.toString();
        Connection c = store.connection();
        LocalDateTime started = LocalDateTime.now();
        int header = f.header() ? 1 : 0;
        try {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS csv_rejects");
                s.execute("DROP TABLE IF EXISTS csv_scans");
            }
            String path = in.readable().toAbsolutePath().toString();
            steps.done("prepare");
            long batch = ledger.nextBatch();
            boolean trimmed = trim || eager && in.scanned() && in.maybePadded(f.delimiter(), f.quoted());
            UnaryOperator<String> sql = trimmed ? UnaryOperator.identity() : StagingSql::withoutTrim;
            Appended a = StagingSql.rowLocal(f) ? appendParallel(c, f, in, path, sql, batch, header) : null;
            if (a == null) {
                a = appendNumbered(c, f, in, path, sql, batch, header);
            }
            steps.done("insert");
            if (!trimmed && in.maybePadded(f.delimiter(), f.quoted())) {
                rollback(c);
                return run(in, f, steps, true);
            }
            long dataLines = in.lines() - header;
            long inserted = a.rows();
            long csvRejected = a.csvRejected();
            long stored = a.stored();
            long repeats = 0;
            if (a.mayRepeat()) {
                try (PreparedStatement ps = c.prepareStatement(StagingSql.removeRepeats(f))) {
                    ps.setLong(1, batch);
                    ps.setLong(2, batch);
                    repeats = ps.executeUpdate();
                }
            }
            long imported = inserted - stored - repeats;
            long read;
            long checkRejected = 0;
            if (dataLines == inserted + csvRejected) {
                read = dataLines;
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE OR REPLACE TEMP TABLE stage AS SELECT 0::BIGINT AS rn, ''::VARCHAR AS reason,"
                            + " ''::VARCHAR AS raw LIMIT 0");
                }
            } else {
                // Some rows failed a check or were stored already: classify every row from a staged copy.
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE OR REPLACE TEMP TABLE fast_rejects AS SELECT * FROM csv_rejects");
                    s.execute("DROP TABLE IF EXISTS csv_rejects");
                    s.execute("DROP TABLE IF EXISTS csv_scans");
                    s.execute(sql.apply(StagingSql.stage(f, path, in.isGzip())));
                    s.execute("DROP TABLE csv_rejects");
                    s.execute("ALTER TABLE fast_rejects RENAME TO csv_rejects");
                }
                steps.done("stage");
                long staged = scalar(c, "SELECT count(*) FROM stage");
                checkRejected = scalar(c, "SELECT count(*) FROM stage WHERE reason IS NOT NULL");
                read = staged + csvRejected;
            }
            try (PreparedStatement ps = c.prepareStatement(StagingSql.insertRejects(header))) {
                ps.setLong(1, batch);
                ps.setString(2, name);
                ps.setLong(3, batch);
                ps.setString(4, name);
                ps.executeUpdate();
            }
            steps.done("rejects");
            long rejected = csvRejected + checkRejected;
            long duplicates = read - imported - rejected;
            ledger.record(new ImportRecord(batch, name, in.sha256(), in.bytes, f.name(), started, LocalDateTime.now(),
                    read, imported, duplicates, rejected, a.linesLater() ? ImportLedger.LINES : ImportLedger.DONE));
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE stage");
            }
            c.commit();
            steps.done("commit");
            String message = rejected > 0 ? name + ": " + rejected + " rows rejected" : null;
            if (a.linesLater()) {
                String failed = FileLines.writeLater(c, ledger, f, batch);
                steps.done("lines");
                if (failed != null) {
                    message = (message == null ? name + ": " : message + "; ") + failed;
                }
            }
            return new ImportResult(name, f.name(), batch, read, imported, duplicates, rejected,
                    ImportResult.Status.DONE, message, new Rejects(store).list(batch, REJECT_SAMPLE));
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

    /**
     * Rows appended to a batch, lines the CSV reader rejected, appended rows removed as already stored,
     * whether an id may repeat within the batch (checked once, {@link #mayRepeat}), and whether the rows' lines
     * are left for a second transaction ({@link FileLines#writeLater}).
     */
    private record Appended(long rows, long csvRejected, long stored, boolean mayRepeat, boolean linesLater) {
    }

    /**
     * The parallel path ({@link StagingSql#insertParallel}); null, with nothing left appended, when some row
     * failed a check: the appended rows then no longer map onto the file's lines.
     */
    private Appended appendParallel(Connection c, DatasetFormat f, InputFile in, String path,
                                    UnaryOperator<String> sql, long batch, int header) throws SQLException {
        try (Statement s = c.createStatement()) {
            // DuckDB's default, set anyway: the numbering relies on rows appended in file order.
            s.execute("SET preserve_insertion_order = true");
        }
        long rows = insert(c, sql.apply(StagingSql.insertParallel(f, path, in.isGzip())), batch, in);
        long csvRejected = scalar(c, "SELECT count(DISTINCT line) FROM csv_rejects");
        if (in.lines() - header != rows + csvRejected) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + f.target() + " WHERE batch = ?");
                 Statement s = c.createStatement()) {
                ps.setLong(1, batch);
                ps.executeUpdate();
                s.execute("DROP TABLE csv_rejects");
                s.execute("DROP TABLE csv_scans");
            }
            return null;
        }
        boolean mayRepeat = mayRepeat(c, f, batch);
        if (!mayRepeat && !anyStored(c, f, batch)) {
            try (Statement s = c.createStatement()) {
                s.execute(StagingSql.rejectPositions(header, "csv_rejects"));
            }
            return new Appended(rows, csvRejected, 0, false, true);
        }
        // Rows are about to be deleted, after which row ids no longer count lines: number them now.
        FileLines.number(c, f, header, batch, csvRejected, true, "csv_rejects");
        return new Appended(rows, csvRejected, removeStored(c, f, batch), mayRepeat, false);
    }

    /** The numbered path ({@link StagingSql#insertDirect}): rows numbered as read, on one thread. */
    private Appended appendNumbered(Connection c, DatasetFormat f, InputFile in, String path,
                                    UnaryOperator<String> sql, long batch, int header) throws SQLException {
        long rows = insert(c, sql.apply(StagingSql.insertDirect(f, path, in.isGzip(), header)), batch, in);
        long csvRejected = scalar(c, "SELECT count(DISTINCT line) FROM csv_rejects");
        FileLines.number(c, f, header, batch, csvRejected, false, "csv_rejects");
        return new Appended(rows, csvRejected, 0, mayRepeat(c, f, batch), false);
    }

    /**
     * Whether some id may occur twice in a batch. Distinct hashes prove distinct ids and are cheaper to
     * count than the strings; a shortfall (a repeated id, or rarely a hash collision) takes the exact removal.
     */
    private static boolean mayRepeat(Connection c, DatasetFormat f, long batch) throws SQLException {
        return scalar(c, "SELECT count(*) - count(DISTINCT hash(id)) FROM " + f.target() + " WHERE batch = " + batch) > 0;
    }

    /** Whether an earlier batch holds an id of this one. */
    private static boolean anyStored(Connection c, DatasetFormat f, long batch) throws SQLException {
        return holdsOthers(c, f, batch) && scalar(c, "SELECT count(*) FROM (SELECT 1 FROM " + f.target()
                + " WHERE batch = " + batch + " AND id IN (SELECT id FROM " + f.target() + " WHERE batch <> " + batch
                + ") LIMIT 1)") > 0;
    }

    private static boolean holdsOthers(Connection c, DatasetFormat f, long batch) throws SQLException {
        return scalar(c, "SELECT count(*) FROM (SELECT 1 FROM " + f.target() + " WHERE batch IS DISTINCT FROM "
                + batch + " LIMIT 1)") > 0;
    }

    private long insert(Connection c, String sql, long batch, InputFile in) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, batch);
            ps.setString(2, in.path.toString());
            ProgressWatch.run(ps, p -> listener.progress(in.path, p));
            return ps.getUpdateCount();
        }
    }

    /** Removes the rows of {@code batch} that the store already held; skipped when it holds no others. */
    private static long removeStored(Connection c, DatasetFormat f, long batch) throws SQLException {
        if (!holdsOthers(c, f, batch)) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement(StagingSql.removeStored(f))) {
            ps.setLong(1, batch);
            ps.setLong(2, batch);
            return ps.executeUpdate();
        }
    }

    static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static void rollback(Connection c) {
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
