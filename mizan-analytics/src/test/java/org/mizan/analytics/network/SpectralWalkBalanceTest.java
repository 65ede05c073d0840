package org.mizan.analytics.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.mizan.analytics.network.RandomSignedNetworks.edges;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpectralWalkBalanceTest {

    private final WalkBalance balance = new SpectralWalkBalance();

    @Test
    void balancedNetworksScoreOne() {
        SignedNetwork twoCamps = SignedNetwork.fromEdges(edges("A B 1", "C D 1", "A C -1", "A D -1", "B C -1",
                "B D -1"));
        assertThat(balance.compute(twoCamps).ratio()).isCloseTo(1.0, within(1e-12));
        SignedNetwork tree = SignedNetwork.fromEdges(edges("A B -1", "B C -1", "C D 1"));
        assertThat(balance.compute(tree).ratio()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void allNegativeTriangleMatchesItsSpectrum() {
        // A = -(J - I) has eigenvalues -2, 1, 1; |A| = J - I has 2, -1, -1.
        double e = Math.E;
        double expected = (Math.exp(-2) + 2 * e) / (Math.exp(2) + 2 / e);
        WalkBalance.Result r = balance.compute(SignedNetwork.fromEdges(edges("A B -1", "B C -1", "A C -1")));
        assertThat(r.ratio()).isCloseTo(expected, within(1e-12));
        assertThat(r.logUnsignedTrace()).isCloseTo(Math.log(Math.exp(2) + 2 / e), within(1e-12));
    }

    @Test
    void isolatedNodesAndEmptyNetworks() {
        SignedNetwork isolated = new SignedNetwork.Builder().addNode("A").addNode("B").build();
        assertThat(balance.compute(isolated).ratio()).isEqualTo(1.0);
        assertThat(balance.compute(SignedNetwork.fromEdges(List.of())).ratio()).isNaN();
    }

    @Test
    void agreesWithTaylorSeriesOfTheMatrixExponential() {
        for (long seed = 1; seed <= 5; seed++) {
            SignedNetwork g = RandomSignedNetworks.gnp(seed, 9, 0.5, 0.4);
            double ratio = traceExp(g, true) / traceExp(g, false);
            assertThat(balance.compute(g).ratio()).as("seed %d", seed).isCloseTo(ratio, within(1e-10));
        }
    }

    /** tr(exp(A)) by summing A^k / k! until the terms vanish. */
    private static double traceExp(SignedNetwork g, boolean signed) {
        int n = g.nodeCount();
        double[][] a = new double[n][n];
        for (int u = 0; u < n; u++) {
            for (int v = 0; v < n; v++) {
                int s = g.sign(u, v);
                a[u][v] = signed ? s : Math.abs(s);
            }
        }
        double[][] term = new double[n][n];
        for (int i = 0; i < n; i++) {
            term[i][i] = 1;
        }
        double trace = n;
        for (int k = 1; k < 80; k++) {
            double[][] next = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    for (int l = 0; l < n; l++) {
                        sum += term[i][l] * a[l][j];
                    }
                    next[i][j] = sum / k;
                }
            }
            term = next;
            for (int i = 0; i < n; i++) {
                trace += term[i][i];
            }
        }
        return trace;
    }
}
