package org.mizan.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reproduces ../shared/data/models/signed/balance_check_output.txt (signnet's figures for the tribes network
 * and Doreian &amp; Mrvar's 51 Correlates-of-War windows) to the precision it prints.
 */
class ReferenceFiguresTest {

    private static final Path SIGNED = Path.of(System.getProperty("mizan.shared", "../../shared"))
            .resolve("data/models/signed");

    private static String reference() throws IOException {
        return Files.readString(SIGNED.resolve("balance_check_output.txt"));
    }

    @Test
    void tribes() throws IOException {
        String ref = reference();
        SignedNetwork tribes = SignedEdgeCsv.network(SIGNED.resolve("tribes_edges.csv"));

        Matcher head = find(ref, "tribes: nodes=(\\d+) edges=(\\d+) pos=(\\d+) neg=(\\d+)");
        assertThat(tribes.nodeCount()).isEqualTo(Integer.parseInt(head.group(1)));
        assertThat(tribes.edgeCount()).isEqualTo(Integer.parseInt(head.group(2)));
        assertThat(tribes.positiveEdgeCount()).isEqualTo(Integer.parseInt(head.group(3)));
        assertThat(tribes.negativeEdgeCount()).isEqualTo(Integer.parseInt(head.group(4)));

        TriangleBalance.Result triangles = new NodeIteratorTriangleBalance().compute(tribes);
        Matcher tri = find(ref, "balanced=(\\d+) unbalanced=(\\d+) ratio=([0-9.]+)\\s+by #neg edges=\\{0: (\\d+), "
                + "1: (\\d+), 2: (\\d+), 3: (\\d+)}");
        assertThat(triangles.balanced()).isEqualTo(Long.parseLong(tri.group(1)));
        assertThat(triangles.unbalanced()).isEqualTo(Long.parseLong(tri.group(2)));
        assertPrinted(triangles.ratio(), tri.group(3));
        for (int k = 0; k <= 3; k++) {
            assertThat(triangles.withNegatives(k)).isEqualTo(Long.parseLong(tri.group(4 + k)));
        }

        Matcher walk = find(ref, "walk balance \\(Estrada\\) = ([0-9.]+)");
        assertPrinted(new SpectralWalkBalance().compute(tribes).ratio(), walk.group(1));

        Matcher frustration = find(ref, "L=(\\d+) ; normalized 1-L/\\(m/2\\)=([0-9.]+) ; one side of optimal cut: "
                + "\\[(.*)]");
        int index = Integer.parseInt(frustration.group(1));
        FrustrationIndex.Result exact = new ExactFrustrationIndex().compute(tribes);
        assertThat(exact.frustration()).isEqualTo(index);
        assertThat(exact.optimal()).isTrue();
        assertPrinted(exact.normalised(), frustration.group(2));
        assertThat(tribes.frustration(exact.side())).isEqualTo(index);
        List<String> referenceSide = Arrays.stream(frustration.group(3).split(","))
                .map(s -> s.strip().replace("'", "")).toList();
        assertThat(tribes.frustration(referenceSide)).isEqualTo(index);
        // Optimal partitions need not be unique, but the tribes one is up to swapping sides (all 2^15
        // colourings enumerated), and the smaller side is the one printed.
        assertThat(exact.side()).containsExactlyElementsOf(referenceSide);

        FrustrationIndex.Result heuristic = new AnnealingFrustrationIndex().compute(tribes);
        assertThat(heuristic.frustration()).isEqualTo(index);
        assertThat(heuristic.lowerBound()).isLessThanOrEqualTo(index);
    }

    @Test
    void listsAllFiftyOneCowWindows() throws IOException {
        assertThat(cowRows()).hasSize(51);
        try (var files = Files.list(SIGNED.resolve("cow"))) {
            assertThat(files.count()).isEqualTo(51);
        }
    }

    @ParameterizedTest(name = "COW {0}")
    @MethodSource("cowRows")
    void cowWindow(String window, int nodes, int edges, int negatives, long balanced, long unbalanced,
                   String ratio, String walk) {
        List<SignedEdge> rows = SignedEdgeCsv.read(SIGNED.resolve("cow/cow_" + window + ".csv"));
        SignedNetwork network = SignedNetwork.fromEdges(rows);
        // The reference counts every file row as an edge; no COW file repeats or reverses a pair, so
        // combining pairs leaves the counts unchanged.
        assertThat(network.edgeCount()).isEqualTo(rows.size()).isEqualTo(edges);
        assertThat(network.nodeCount()).isEqualTo(nodes);
        assertThat(network.negativeEdgeCount()).isEqualTo(negatives);

        TriangleBalance.Result triangles = new NodeIteratorTriangleBalance().compute(network);
        assertThat(triangles.balanced()).isEqualTo(balanced);
        assertThat(triangles.unbalanced()).isEqualTo(unbalanced);
        assertPrinted(triangles.ratio(), ratio);
        assertPrinted(new SpectralWalkBalance().compute(network).ratio(), walk);
    }

    static List<Object[]> cowRows() throws IOException {
        List<Object[]> rows = new ArrayList<>();
        Pattern row = Pattern.compile("(\\d\\d-\\d\\d),(\\d+),(\\d+),(\\d+),(\\d+),(\\d+),([0-9.]+),([0-9.]+)");
        for (String line : reference().split("\\R")) {
            Matcher m = row.matcher(line.strip());
            if (m.matches()) {
                rows.add(new Object[] {m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), Long.parseLong(m.group(5)), Long.parseLong(m.group(6)),
                    m.group(7), m.group(8)});
            }
        }
        return rows;
    }

    private static Matcher find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("reference line /%s/", regex).isTrue();
        return m;
    }

    /** Equal to a printed figure: within half a unit of its last printed decimal. */
    private static void assertPrinted(double actual, String printed) {
        int decimals = printed.length() - printed.indexOf('.') - 1;
        assertThat(actual).isCloseTo(Double.parseDouble(printed), within(0.5 * Math.pow(10, -decimals) + 1e-12));
    }
}
