package org.mizan.bench.network;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.mizan.analytics.network.AnnealingFrustrationIndex;
import org.mizan.analytics.network.CyclePackingBound;
import org.mizan.analytics.network.ExactFrustrationIndex;
import org.mizan.analytics.network.FrustrationIndex;
import org.mizan.analytics.network.NodeIteratorTriangleBalance;
import org.mizan.analytics.network.SignedEdgeCsv;
import org.mizan.analytics.network.SignedNetwork;
import org.mizan.analytics.network.SpectralWalkBalance;

/**
 * Times the structural-balance measures on the tribes network, the largest Correlates-of-War window
 * (most ties) and synthetic 500-node signed networks, and prints the figures next to the times.
 *
 * <p>A plain main rather than JMH: the measures run for milliseconds to seconds, so wall-clock medians of a
 * few runs after warm-up are stable enough, and the run also reports the exact solver's reach (search nodes,
 * optimality) which JMH would hide. Run from the repository root after installing the modules (the bench
 * needs only mizan-analytics and commons-math3 on the class path):
 * <pre>
 * mvn -q -o -pl mizan-analytics,mizan-bench install -DskipTests
 * java -cp mizan-bench/target/classes:mizan-analytics/target/classes:\
 *     $HOME/.m2/repository/org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar \
 *     -Dmizan.shared=../shared org.mizan.bench.network.StructuralBalanceBench
 * </pre>
 * Results from one run are in {@code docs/structural-balance.md}.
 * Cost: about 30 seconds on one core.
 */
public final class StructuralBalanceBench {

    private static final int WARMUP = 2;
    private static final int RUNS = 5;

    private StructuralBalanceBench() {
    }

    public static void main(String[] args) throws Exception {
        Path signed = Path.of(System.getProperty("mizan.shared", "../shared")).resolve("data/models/signed");
        System.out.printf(Locale.ROOT, "java %s, %d cores%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        run("tribes", SignedEdgeCsv.network(signed.resolve("tribes_edges.csv")), true);
        Path largest;
        try (Stream<Path> files = Files.list(signed.resolve("cow"))) {
            largest = files.max(Comparator.comparingLong(StructuralBalanceBench::lines)).orElseThrow();
        }
        run("COW " + largest.getFileName(), SignedEdgeCsv.network(largest), false);
        run("G(500, 0.02), 30% negative", random(1, 500, 0.02, 0.3, 0), false);
        run("two camps, 500 nodes, 5% noise", random(2, 500, 0.02, 0, 0.05), false);
        for (int n : new int[] {30, 40, 50, 60}) {
            run("sparse G(" + n + ", 6/n), 40% negative", random(n, n, 6.0 / n, 0.4, 0), false);
        }
    }

    private static void run(String name, SignedNetwork g, boolean exact) {
        System.out.printf(Locale.ROOT, "%n%s: nodes=%d edges=%d negative=%d%n", name, g.nodeCount(),
                g.edgeCount(), g.negativeEdgeCount());
        var triangles = time("triangles", () -> new NodeIteratorTriangleBalance().compute(g));
        System.out.printf(Locale.ROOT, "    -> %d triangles, ratio %.4f (weak %.4f)%n", triangles.triangles(),
                triangles.ratio(), triangles.ratio(org.mizan.analytics.network.TriangleBalance.Kind.WEAK));
        var walk = time("walk balance", () -> new SpectralWalkBalance().compute(g));
        System.out.printf(Locale.ROOT, "    -> %.4f%n", walk.ratio());
        time("cycle-packing bound", () -> CyclePackingBound.of(g));
        report(time("annealing (64 x 250 sweeps)", () -> new AnnealingFrustrationIndex().compute(g)));
        if (exact) {
            report(time("exact", () -> new ExactFrustrationIndex().compute(g)));
        } else {
            long start = System.nanoTime();
            FrustrationIndex.Result r = new ExactFrustrationIndex(20_000_000).compute(g);
            System.out.printf(Locale.ROOT, "  %-30s %10.1f ms (one run, budget 2e7 search nodes)%n",
                    "exact, budgeted", (System.nanoTime() - start) / 1e6);
            report(r);
        }
    }

    private static <T> T time(String what, Supplier<T> task) {
        T result = null;
        for (int i = 0; i < WARMUP; i++) {
            result = task.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            result = task.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "  %-30s %10.1f ms (median of %d)%n", what, ms[RUNS / 2], RUNS);
        return result;
    }

    private static void report(FrustrationIndex.Result r) {
        System.out.printf(Locale.ROOT, "    -> L=%d lower bound=%d optimal=%s normalised=%.4f%n", r.frustration(),
                r.lowerBound(), r.optimal(), r.normalised());
    }

    /**
     * G(n, p) with each tie negative with probability q; with q = 0 and noise &gt; 0, nodes are split into two
     * camps (ties within positive, across negative) and each sign is flipped with probability noise.
     */
    private static SignedNetwork random(long seed, int n, double p, double q, double noise) {
        SplittableRandom random = new SplittableRandom(seed);
        SignedNetwork.Builder builder = new SignedNetwork.Builder();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add(String.format(Locale.ROOT, "v%04d", i));
            builder.addNode(names.get(i));
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (random.nextDouble() < p) {
                    int sign = noise > 0 ? ((i % 2 == j % 2) ? 1 : -1) : (random.nextDouble() < q ? -1 : 1);
                    if (noise > 0 && random.nextDouble() < noise) {
                        sign = -sign;
                    }
                    builder.add(names.get(i), names.get(j), sign);
                }
            }
        }
        return builder.build();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
