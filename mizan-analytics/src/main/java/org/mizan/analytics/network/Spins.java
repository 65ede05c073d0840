package org.mizan.analytics.network;

import java.util.ArrayList;
import java.util.List;

/** Shared arithmetic on node 2-colourings given as spins +1/-1 indexed by node. */
final class Spins {

    private Spins() {
    }

    /** Frustrated ties under {@code spin}: ties whose sign differs from the product of its end spins. */
    static int frustration(SignedNetwork network, int[] spin) {
        int count = 0;
        for (int u = 0; u < network.nodeCount(); u++) {
            for (int p = network.rowStart(u); p < network.rowStart(u + 1); p++) {
                int v = network.neighbourAt(p);
                if (v > u && network.signAt(p) * spin[u] * spin[v] < 0) {
                    count++;
                }
            }
        }
        return count;
    }

    /** The result of a colouring, its side chosen as documented on {@link FrustrationIndex.Result}. */
    static FrustrationIndex.Result result(SignedNetwork network, int[] spin, int lowerBound) {
        int n = network.nodeCount();
        int plus = 0;
        for (int v = 0; v < n; v++) {
            plus += spin[v] > 0 ? 1 : 0;
        }
        int first = n == 0 ? 1 : spin[0];
        int reported = plus * 2 < n ? 1 : plus * 2 > n ? -1 : -first;
        List<String> side = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (spin[v] == reported) {
                side.add(network.node(v));
            }
        }
        int value = frustration(network, spin);
        return new FrustrationIndex.Result(value, Math.min(lowerBound, value), network.edgeCount(), side);
    }

    /** Flips single nodes while that lowers the frustration; returns when no flip helps. */
    static void descend(SignedNetwork network, int[] spin) {
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int v = 0; v < network.nodeCount(); v++) {
                int field = 0;
                for (int p = network.rowStart(v); p < network.rowStart(v + 1); p++) {
                    field += network.signAt(p) * spin[network.neighbourAt(p)];
                }
                if (spin[v] * field < 0) {
                    spin[v] = -spin[v];
                    improved = true;
                }
            }
        }
    }
}
