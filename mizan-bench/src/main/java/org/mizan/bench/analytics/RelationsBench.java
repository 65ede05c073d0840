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
 * Goldstein weights drawn from the ontology), warm, in a DuckDB file store.
 *
 * <p>Run: {@code bench/run.sh analytics.RelationsBench [EVENTS]}. Prints the median of 5 warm runs of each
 * query after 2 warm-up runs.
 */
public final class RelationsBench {

    private RelationsBench() {
    }

    public static void main(String[] args) throws Exception {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Path db = Files.createTempFile("mizan-relations-bench", ".duckdb");
        Files.delete(db);
        try (EventStore store = EventStore.open(db)) {
            long t0 = System.nanoTime();
            SyntheticEvents.fill(store, n);
            System.out.printf("generated %,d events in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            DyadSeries series = new DyadSeries(store);
            FocalBalance balance = new FocalBalance(store);
            time("dyad series, all dyads by month", () -> series.compute(EventQuery.all(), Period.MONTH, false, null, null).size());
            time("dyad series, PAK-USA by month", () -> series.compute(EventQuery.all(), Period.MONTH, false, "PAK", "USA").size());
            time("balance PAK between USA,RUS (1000 reps, trend by month)", () -> balance.compute(
                    new BalanceRequest("PAK", "USA", "RUS", EventQuery.all(), Period.MONTH, 1000, 1)).overall().n());
        } finally {
            Files.deleteIfExists(db);
            Files.deleteIfExists(Path.of(db + ".wal"));
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
        long rows = 0;
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            rows = r.run();
            t[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(t);
        System.out.printf("%-58s median %.3f s  (min %.3f, max %.3f; result size %,d)%n", what, t[2], t[0], t[4], rows);
    }
}
