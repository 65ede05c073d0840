package org.mizan.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Exact, heuristic and brute-force frustration indices against each other on seeded random networks. */
class FrustrationCrossCheckTest {

    private final FrustrationIndex exact = new ExactFrustrationIndex();
    private final FrustrationIndex annealing = new AnnealingFrustrationIndex(7, 3, 200);

    @Test
    void exactMatchesBruteForceOnSmallNetworks() {
        for (long seed = 1; seed <= 60; seed++) {
            int n = 3 + (int) (seed % 10);
            SignedNetwork g = RandomSignedNetworks.gnp(seed, n, 0.2 + 0.01 * seed, 0.1 + 0.013 * seed);
            assertThat(exact.compute(g).frustration()).as("seed %d", seed)
                    .isEqualTo(RandomSignedNetworks.bruteForceFrustration(g));
        }
    }

    @Test
    void heuristicNeverBeatsExactAndItsBoundNeverExceedsIt() {
        int matched = 0;
        for (long seed = 1; seed <= 40; seed++) {
            SignedNetwork g = RandomSignedNetworks.gnp(seed, 12 + (int) (seed % 14), 0.25, 0.5);
            FrustrationIndex.Result e = exact.compute(g);
            FrustrationIndex.Result h = annealing.compute(g);
            assertThat(h.frustration()).as("seed %d", seed).isGreaterThanOrEqualTo(e.frustration());
            assertThat(h.lowerBound()).as("seed %d", seed).isLessThanOrEqualTo(e.frustration());
            assertThat(CyclePackingBound.of(g)).isLessThanOrEqualTo(e.frustration());
            matched += h.frustration() == e.frustration() ? 1 : 0;
        }
        // On networks this small annealing should find the optimum nearly always.
        assertThat(matched).isGreaterThanOrEqualTo(38);
    }

    @Test
    void cyclePackingIsZeroExactlyOnBalancedNetworks() {
        for (long seed = 1; seed <= 30; seed++) {
            SignedNetwork g = RandomSignedNetworks.gnp(seed, 10, 0.4, 0.4);
            boolean balanced = exact.compute(g).frustration() == 0;
            assertThat(CyclePackingBound.of(g) == 0).as("seed %d", seed).isEqualTo(balanced);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cowWindows")
    void exactAndDefaultAnnealingAgreeOnEveryCowWindow(Path file) {
        SignedNetwork g = SignedEdgeCsv.network(file);
        FrustrationIndex.Result e = exact.compute(g);
        FrustrationIndex.Result h = new AnnealingFrustrationIndex().compute(g);
        assertThat(e.optimal()).isTrue();
        assertThat(g.frustration(e.side())).isEqualTo(e.frustration());
        assertThat(h.lowerBound()).isLessThanOrEqualTo(e.frustration());
        // Not guaranteed by the method, but true for the default seed; a change here means the heuristic
        // got weaker on real alliance networks.
        assertThat(h.frustration()).isEqualTo(e.frustration());
    }

    static List<Path> cowWindows() throws IOException {
        Path cow = Path.of(System.getProperty("mizan.shared", "../../shared")).resolve("data/models/signed/cow");
        try (Stream<Path> files = Files.list(cow)) {
            return files.sorted().toList();
        }
    }
}
