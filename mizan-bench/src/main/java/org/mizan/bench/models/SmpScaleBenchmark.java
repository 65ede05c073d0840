package org.mizan.bench.models;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.mizan.models.smp.KtabCsvReader;
import org.mizan.models.smp.RandomScenario;
import org.mizan.models.smp.SmpResult;
import org.mizan.models.smp.SmpScenario;
import org.mizan.models.smp.SpatialModel;

/**
 * Times KTAB's Spatial Model of Politics (default parameters) on synthetic 40-, 80- and 160-actor,
 * 3-dimension scenarios generated with a fixed seed like KTAB's dummy data
 * ({@link RandomScenario#generate}), and on KTAB's own 7-actor reference input, whose logged run took
 * KTAB 0.1609 s (with its SQLite logging, on KAPSARC's machine). Prints, per scenario: actors, turns
 * played, stop reason, seconds for the whole run (median of the runs) and milliseconds per turn.
 *
 * <p>A plain main rather than JMH: a run takes from milliseconds to tens of seconds and its cost is
 * dominated by O(n³) arithmetic per turn, so wall-clock medians after one warm-up run are stable
 * enough, and the turn count (which JMH would hide) is half the story. Run from the repository root:
 * <pre>
 * mvn -q -o -pl mizan-models,mizan-bench install -DskipTests
 * java -cp mizan-bench/target/classes:mizan-models/target/classes -Dmizan.shared=../shared \
 *     org.mizan.bench.models.SmpScaleBenchmark [actor counts, default 40 80 160]
 * </pre>
 * (it needs only the two modules' classes, so no exec plugin is required). Cost: under a minute on one
 * core. On the development machine (2 cores shared with other jobs) two runs printed (turns; median
 * seconds): dummyData_3Dim 10; 0.003-0.005 — 40 actors 25; 0.28-0.29 — 80 actors 36; 0.74-1.24 —
 * 160 actors 41; 5.5-9.6 (135-234 ms per turn).
 */
public final class SmpScaleBenchmark {

    private static final long SEED = 20170530L;
    private static final int DIMENSIONS = 3;

    private SmpScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {40, 80, 160}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        var model = new SpatialModel();
        System.out.printf(Locale.ROOT, "%-28s %6s %6s %-10s %9s %9s%n", "scenario", "actors", "turns", "stop",
                "seconds", "ms/turn");
        Path ref = Path.of(System.getProperty("mizan.shared", "../shared"), "data/models/ktab/dummyData_3Dim.csv");
        if (Files.exists(ref)) {
            report("dummyData_3Dim (KTAB 0.16 s)", model, KtabCsvReader.read(ref), 5);
        }
        for (int n : sizes) {
            report("synthetic " + n + "x" + DIMENSIONS, model, RandomScenario.generate(n, DIMENSIONS, SEED),
                    n >= 160 ? 1 : 3);
        }
    }

    private static void report(String name, SpatialModel model, SmpScenario scenario, int runs) {
        SmpResult result = model.run(scenario); // warm-up, and the turn count
        double[] seconds = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            SmpResult again = model.run(scenario);
            seconds[r] = (System.nanoTime() - t0) / 1e9;
            if (again.rounds() != result.rounds()) {
                throw new IllegalStateException("non-deterministic run");
            }
        }
        java.util.Arrays.sort(seconds);
        double median = seconds[runs / 2];
        System.out.printf(Locale.ROOT, "%-28s %6d %6d %-10s %9.3f %9.1f%n", name, scenario.actors().size(),
                result.rounds(), result.stopReason(), median, 1000 * median / result.rounds());
    }
}
