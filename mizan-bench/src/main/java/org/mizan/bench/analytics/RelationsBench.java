package org.mizan.bench.analytics;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.mizan.analytics.balance.BalanceRequest;
import org.mizan.analytics.balance.FocalBalance;
import org.mizan.analytics.relations.DyadSeries;
import org.mizan.analytics.relations.Period;
import org.mizan.bench.SyntheticEvents;
import org.mizan.store.EventQuery;
import org.mizan.store.EventStore;

/**
 * Times the dyad series and the focal balance over a large synthetic event table (default 10 million
 * events: 40 countries weighted toward a few big ones, 2015-2024, CAMEO codes with their quad classes and
 * Goldstein weights drawn from the ontology), warm, in a DuckDB file store. Month series read the monthly
 * rollup (the first one brings it up to date, timed on its own); the weekly series scans every event.
 *
 * <p>Run: {@code bench/run.sh analytics.RelationsBench [EVENTS [STORE]]}. Prints the median of 5 warm runs of
 * each query after 2 warm-up runs. With a STORE path the store is kept, and reused when it already exists, so
 * repeated runs skip the generation.
 */
public final class RelationsBench {

    private RelationsBench() {
    }

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        boolean keep = args.length > 1;
        Path db = keep ? Path.of(args[1]) : Files.createTempFile("mizan-relations-bench", ".duckdb");
        boolean reuse = keep && Files.exists(db);
        if (!keep) {
            Files.delete(db);
        }
        try (EventStore store = EventStore.open(db)) {
            long t0 = System.nanoTime();
            if (!reuse) {
                SyntheticEvents.fill(store, n);
                System.out.printf("generated %,d events in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            }
            DyadSeries series = new DyadSeries(store);
            FocalBalance balance = new FocalBalance(store);
            long b0 = System.nanoTime();
            series.compute(EventQuery.all(), Period.MONTH, false, null, null);
            System.out.printf("first month series, which brings the monthly rollup up to date: %.3f s%n",
                    (System.nanoTime() - b0) / 1e9);
            time("dyad series, all dyads by month", () -> series.compute(EventQuery.all(), Period.MONTH, false, null, null).size());
            time("dyad series, all dyads by week (scans the events)",
                    () -> series.compute(EventQuery.all(), Period.WEEK, false, null, null).size());
            time("dyad series, PAK-USA by month", () -> series.compute(EventQuery.all(), Period.MONTH, false, "PAK", "USA").size());
            time("balance PAK between USA,RUS (1000 reps, trend by month)", () -> balance.compute(
                    new BalanceRequest("PAK", "USA", "RUS", EventQuery.all(), Period.MONTH, 1000, 1)).overall().n());
        } finally {
            if (!keep) {
                Files.deleteIfExists(db);
                Files.deleteIfExists(Path.of(db + ".wal"));
            }
        }
    }

    private interface Run {
        long run() throws Exception;
    }

    private static void time(String what, Run r) throws Exception {
        for (int i = 0; i < 2; i++) {
            r.run();
        }
        double[] t = new double[5];
        double[] cpu = new double[5];
        long rows = 0;
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            long c0 = processCpu();
            rows = r.run();
            t[i] = (System.nanoTime() - t0) / 1e9;
            cpu[i] = (processCpu() - c0) / 1e9;
        }
        Arrays.sort(t);
        Arrays.sort(cpu);
        System.out.printf("%-58s median %.3f s  (min %.3f, max %.3f; CPU median %.3f s; result size %,d)%n",
                what, t[2], t[0], t[4], cpu[2], rows);
    }

    /** CPU time of the whole process, DuckDB's native threads included: steadier than wall time on a busy machine. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
