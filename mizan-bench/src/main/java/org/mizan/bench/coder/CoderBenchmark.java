package org.mizan.bench.coder;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.mizan.coder.Coder;
import org.mizan.coder.CodingProgress;
import org.mizan.coder.doc.InputFormat;
import org.mizan.coder.out.EventWriter;
import org.mizan.coder.out.OutputFormat;

/**
 * End-to-end speed of the text coder: a raw text file of at least 100,000 varied real news sentences in,
 * JSONL events out, on one thread, with the Phoenix (PETRARCH2) dictionaries and with Mizan's own.
 *
 * <p>Reports dictionary load time, then per dictionary set three warm-up passes and five measured passes
 * (sentences per second of wall time and of the thread's CPU time, the per-core figure that stays honest on
 * a shared machine) and their median and range. Run from the repository root after building:
 * <pre>
 * mvn -q -o -pl mizan-coder,mizan-bench install -DskipTests
 * java -cp "mizan-bench/target/classes:$(cd mizan-bench &amp;&amp; mvn -q -o dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" \
 *      org.mizan.bench.coder.CoderBenchmark [../shared] [sentences]
 * </pre>
 * Peers measured on the same kind of machine (../shared/README.md): PETRARCH2 ~1,500 pre-parsed sentences/s
 * (~20/s from raw text, which needs a constituency parser), TABARI ~11,000 records/s.
 */
public final class CoderBenchmark {

    private CoderBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        int sentences = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path dir = Files.createTempDirectory("mizan-coder-bench");
        Path input = dir.resolve("news.txt");
        List<String> seeds = BenchmarkCorpus.seeds(shared);
        int written = BenchmarkCorpus.write(input, seeds, sentences, 42);
        System.out.printf("corpus: %,d sentences (%,d bytes) from %d seed sentences%n", written, Files.size(input),
                seeds.size());

        long t0 = System.nanoTime();
        Coder phoenix = Coder.phoenix(shared.resolve("data/petrarch"));
        double phoenixLoad = (System.nanoTime() - t0) / 1e9;
        t0 = System.nanoTime();
        Coder mizan = Coder.defaults();
        double mizanLoad = (System.nanoTime() - t0) / 1e9;
        System.out.printf("dictionary load: phoenix %.2f s, mizan %.2f s%n", phoenixLoad, mizanLoad);

        run("phoenix", phoenix, input, dir.resolve("phoenix.jsonl"));
        run("mizan", mizan, input, dir.resolve("mizan.jsonl"));
    }

    /** Passes before measuring: the JIT keeps improving the coder through the third pass. */
    private static final int WARM_UP = 3;
    private static final int MEASURED = 5;

    private static void run(String name, Coder coder, Path input, Path output) throws IOException {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            pass(coder, input, output);
        }
        double[] perCore = new double[MEASURED];
        for (int i = 1; i <= MEASURED; i++) {
            long wall = System.nanoTime();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            CodingProgress p = pass(coder, input, output);
            double wallS = (System.nanoTime() - wall) / 1e9;
            double cpuS = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            perCore[i - 1] = p.sentences() / cpuS;
            System.out.printf("%-8s pass %d: %,d sentences, %,d events, %.2f s wall, %.2f s cpu -> %,.0f sentences/s "
                    + "(wall), %,.0f sentences/s per core (cpu)%n", name, i, p.sentences(), p.events(), wallS, cpuS,
                    p.sentences() / wallS, perCore[i - 1]);
        }
        java.util.Arrays.sort(perCore);
        System.out.printf("%-8s per core (cpu), %d passes after %d to warm up: median %,.0f, range %,.0f-%,.0f "
                + "sentences/s%n", name, MEASURED, WARM_UP, perCore[MEASURED / 2], perCore[0], perCore[MEASURED - 1]);
    }

    private static CodingProgress pass(Coder coder, Path input, Path output) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8), 1 << 16)) {
            return coder.codeAll(input.toString(), InputFormat.TEXT, LocalDate.of(2023, 2, 20),
                    EventWriter.of(OutputFormat.JSONL, w), null);
        }
    }
}
