package org.mizan.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mizan.analytics.network.RandomSignedNetworks.edges;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.analytics.network.TriangleBalance.Kind;

class NodeIteratorTriangleBalanceTest {

    private final TriangleBalance balance = new NodeIteratorTriangleBalance();

    @Test
    void classifiesEachKindOfTriangle() {
        assertThat(counts("A B 1", "B C 1", "A C 1")).containsExactly(1, 0, 0, 0);
        assertThat(counts("A B 1", "B C 1", "A C -1")).containsExactly(0, 1, 0, 0);
        assertThat(counts("A B 1", "B C -1", "A C -1")).containsExactly(0, 0, 1, 0);
        assertThat(counts("A B -1", "B C -1", "A C -1")).containsExactly(0, 0, 0, 1);
    }

    @Test
    void strictAndWeakBalanceDifferOnlyOnAllNegativeTriangles() {
        TriangleBalance.Result r = balance.compute(SignedNetwork.fromEdges(edges(
                "A B -1", "B C -1", "A C -1", "C D 1", "A D -1", "B D 1")));
        // Counted by hand: ABC: -,-,- (3); ABD: -,-,+ (2); ACD: -,+,- (2); BCD: -,+,+ (1)
        assertThat(r.byNegatives()).containsExactly(0, 1, 2, 1);
        assertThat(r.balanced(Kind.STRICT)).isEqualTo(2);
        assertThat(r.balanced(Kind.WEAK)).isEqualTo(3);
        assertThat(r.ratio()).isEqualTo(0.5);
        assertThat(r.ratio(Kind.WEAK)).isEqualTo(0.75);
        assertThat(r.unbalanced(Kind.WEAK)).isEqualTo(1);
    }

    @Test
    void noTrianglesGivesNaNRatio() {
        TriangleBalance.Result path = balance.compute(SignedNetwork.fromEdges(edges("A B 1", "B C -1")));
        assertThat(path.triangles()).isZero();
        assertThat(path.ratio()).isNaN();
        assertThat(balance.compute(SignedNetwork.fromEdges(List.of())).triangles()).isZero();
    }

    @Test
    void completeGraphHasNChooseThreeTriangles() {
        SignedNetwork k6 = RandomSignedNetworks.gnp(3, 6, 1.0, 0.0);
        assertThat(balance.compute(k6).byNegatives()).containsExactly(20, 0, 0, 0);
    }

    @Test
    void agreesWithTripleLoopOnRandomNetworks() {
        for (long seed = 1; seed <= 20; seed++) {
            SignedNetwork g = RandomSignedNetworks.gnp(seed, 25, 0.1 + 0.04 * seed, 0.3);
            long[] expected = new long[4];
            int n = g.nodeCount();
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    for (int c = b + 1; c < n; c++) {
                        int ab = g.sign(a, b);
                        int bc = g.sign(b, c);
                        int ac = g.sign(a, c);
                        if (ab != 0 && bc != 0 && ac != 0) {
                            expected[(ab < 0 ? 1 : 0) + (bc < 0 ? 1 : 0) + (ac < 0 ? 1 : 0)]++;
                        }
                    }
                }
            }
            assertThat(balance.compute(g).byNegatives()).as("seed %d", seed).containsExactly(expected);
        }
    }

    private long[] counts(String... edges) {
        return balance.compute(SignedNetwork.fromEdges(edges(edges))).byNegatives();
    }
}
