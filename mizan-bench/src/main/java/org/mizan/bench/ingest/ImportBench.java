package org.mizan.bench.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.mizan.ingest.ImportListener;
import org.mizan.ingest.ImportResult;
import org.mizan.ingest.Importer;
import org.mizan.store.EventStore;

/**
 * End-to-end import benchmark: Mizan's GDELT 2.0 import against DuckDB's own {@code read_csv} of the same
 * file into a table, in the same run, on files of growing size built from the real sample (event ids made
 * unique, every other field as in the sample).
 *
 * <p>Run: {@code bench/run.sh ingest.ImportBench [ROWS...]} (default 500000 2000000). Prints rows/s for
 * both, the ratio Mizan/DuckDB, and the process's peak resident memory after each size, so one can see
 * whether memory stays flat as the file grows. Each size runs DuckDB and Mizan alternately, three times,
 * on fresh database files, and reports the medians, by wall clock and by the process's CPU time (which
 * other jobs on a shared machine disturb far less). With {@code MIZAN_PROFILE=1} each import also prints its
 * steps (open, insert, rejects, commit, lines) with wall and CPU seconds.
 */
public final class ImportBench {

    private ImportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(System.getProperty("mizan.shared", "../shared"));
        List<String> sample = Files.readAllLines(shared.resolve("data/gdelt/gdelt2_20191024143000.export.CSV"),
                StandardCharsets.UTF_8);
        long[] sizes = args.length == 0 ? new long[] {500_000, 2_000_000}
                : java.util.Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        Path work = Files.createTempDirectory("mizan-import-bench");
        System.out.printf("%10s %14s %14s %8s %16s %16s %9s %12s%n", "rows", "duckdb rows/s", "mizan rows/s", "ratio",
                "duckdb rows/cpu-s", "mizan rows/cpu-s", "cpu ratio", "peak RSS MB");
        for (long rows : sizes) {
            Path file = work.resolve(rows + ".export.CSV");
            write(sample, rows, file);
            double[] duck = new double[3];
            double[] mizan = new double[3];
            double[] duckCpu = new double[3];
            double[] mizanCpu = new double[3];
            for (int i = 0; i < 3; i++) {
                double[] d = duckdb(file, work.resolve("duck" + i + ".duckdb"));
                double[] m = mizan(file, work.resolve("mizan" + i + ".duckdb"), rows);
                duck[i] = rows / d[0];
                duckCpu[i] = rows / d[1];
                mizan[i] = rows / m[0];
                mizanCpu[i] = rows / m[1];
            }
            for (double[] a : new double[][] {duck, mizan, duckCpu, mizanCpu}) {
                java.util.Arrays.sort(a);
            }
            System.out.printf("%10d %14.0f %14.0f %8.2f %16.0f %16.0f %9.2f %12d%n", rows, duck[1], mizan[1],
                    mizan[1] / duck[1], duckCpu[1], mizanCpu[1], mizanCpu[1] / duckCpu[1], peakRssMb());
            Files.delete(file);
        }
    }

    /** {wall, CPU} seconds for DuckDB to read the file into a table with its own CSV sniffer. */
    private static double[] duckdb(Path file, Path db) throws SQLException, IOException {
        Files.deleteIfExists(db);
        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db); Statement s = c.createStatement()) {
            // The same memory cap as Mizan's stores, so the two compete on equal terms and RSS stays comparable.
            s.execute("SET memory_limit = '2GB'");
            s.execute("CREATE TABLE t AS SELECT * FROM read_csv('" + file + "', delim = '\\t', header = false)");
        }
        double[] secs = {(System.nanoTime() - t0) / 1e9, (cpuNanos() - c0) / 1e9};
        Files.deleteIfExists(db);
        return secs;
    }

    /** {wall, CPU} seconds for Mizan to import the file; then checks that every row landed on its line. */
    private static double[] mizan(Path file, Path db, long rows) throws IOException {
        Files.deleteIfExists(db);
        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        ImportResult r;
        try (EventStore s = EventStore.open(db)) {
            r = new Importer(s, ImportListener.NONE).importFile(file, "gdelt2");
        }
        // Timed like DuckDB's run: up to the closed, checkpointed database; the check comes after.
        double[] secs = {(System.nanoTime() - t0) / 1e9, (cpuNanos() - c0) / 1e9};
        long misnumbered;
        try (EventStore s = EventStore.open(db)) {
            misnumbered = misnumbered(s);
        }
        if (misnumbered != 0) {
            throw new IllegalStateException(misnumbered + " events carry the wrong file line");
        }
        if (r.imported() != rows) {
            throw new IllegalStateException("expected " + rows + " imported, got " + r);
        }
        Files.deleteIfExists(db);
        return secs;
    }

    /** Rows whose provenance line is not the line the writer put them on (ids were written in line order). */
    private static long misnumbered(EventStore s) {
        try (Statement st = s.connection().createStatement();
             var r = st.executeQuery("SELECT count(*) FROM events WHERE line <> original_id::BIGINT - 999999999")) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(List<String> sample, long rows, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < rows; i++) {
                String line = sample.get((int) (i % sample.size()));
                w.write(Long.toString(1_000_000_000L + i));
                w.write(line, line.indexOf('\t'), line.length() - line.indexOf('\t'));
                w.write('\n');
            }
        }
    }

    /** CPU time of the whole process, DuckDB's native threads included. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long peakRssMb() throws IOException {
        for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (l.startsWith("VmHWM:")) {
                return Long.parseLong(l.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
