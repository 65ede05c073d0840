package org.mizan.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.analytics.network.RandomSignedNetworks.edges;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed cases every {@link FrustrationIndex} must get right. */
abstract class FrustrationIndexContract {

    abstract FrustrationIndex index();

    FrustrationIndex.Result compute(String... edges) {
        SignedNetwork g = SignedNetwork.fromEdges(edges(edges));
        FrustrationIndex.Result r = index().compute(g);
        assertThat(g.frustration(r.side())).as("side reproduces the value").isEqualTo(r.frustration());
        assertThat(r.edges()).isEqualTo(g.edgeCount());
        return r;
    }

    @Test
    void emptyNetworkIsBalanced() {
        FrustrationIndex.Result r = index().compute(SignedNetwork.fromEdges(List.of()));
        assertThat(r.frustration()).isZero();
        assertThat(r.optimal()).isTrue();
        assertThat(r.normalised()).isEqualTo(1.0);
        assertThat(r.side()).isEmpty();
    }

    @Test
    void twoHostileCampsAreBalanced() {
        FrustrationIndex.Result r = compute("A B 1", "C D 1", "C E 1", "D E 1", "A C -1", "A D -1", "B E -1");
        assertThat(r.frustration()).isZero();
        assertThat(r.optimal()).isTrue();
        assertThat(r.side()).containsExactly("A", "B");
        assertThat(r.normalised()).isEqualTo(1.0);
    }

    @Test
    void oneNegativeTieInATriangleCostsOne() {
        FrustrationIndex.Result r = compute("A B 1", "B C 1", "A C -1");
        assertThat(r.frustration()).isEqualTo(1);
        assertThat(r.normalised()).isCloseTo(1 - 1 / 1.5, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void threeMutualEnemiesCostOne() {
        assertThat(compute("A B -1", "B C -1", "A C -1").frustration()).isEqualTo(1);
    }

    @Test
    void fourMutualEnemiesCostTwo() {
        assertThat(compute("A B -1", "A C -1", "A D -1", "B C -1", "B D -1", "C D -1").frustration()).isEqualTo(2);
    }

    @Test
    void componentsAddUp() {
        FrustrationIndex.Result r = compute("A B -1", "B C -1", "A C -1", "X Y 1", "Y Z 1", "X Z -1", "P Q -1");
        assertThat(r.frustration()).isEqualTo(2);
    }

    @Test
    void negativeFourCycleWithChordCostsOne() {
        // Cycle A-B-C-D with one negative tie is unbalanced; a positive chord A-C splits it into two
        // triangles, one balanced and one not, and flipping the single negative tie balances both.
        assertThat(compute("A B 1", "B C 1", "C D 1", "A D -1", "A C 1").frustration()).isEqualTo(1);
    }
}
