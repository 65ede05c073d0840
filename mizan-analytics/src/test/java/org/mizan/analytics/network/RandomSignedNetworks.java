package org.mizan.analytics.network;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded Erdős-Rényi signed networks for cross-checks. */
final class RandomSignedNetworks {

    private RandomSignedNetworks() {
    }

    /** n nodes "n0".."n{n-1}", each pair tied with probability p, negative with probability q. */
    static SignedNetwork gnp(long seed, int n, double p, double q) {
        SplittableRandom random = new SplittableRandom(seed);
        SignedNetwork.Builder builder = new SignedNetwork.Builder();
        for (int i = 0; i < n; i++) {
            builder.addNode(name(i));
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (random.nextDouble() < p) {
                    builder.add(name(i), name(j), random.nextDouble() < q ? -1 : 1);
                }
            }
        }
        return builder.build();
    }

    /** The frustration index by trying every colouring with node 0 fixed; for n up to about 16. */
    static int bruteForceFrustration(SignedNetwork g) {
        int n = g.nodeCount();
        if (n == 0) {
            return 0;
        }
        int best = Integer.MAX_VALUE;
        int[] spin = new int[n];
        for (long mask = 0; mask < 1L << (n - 1); mask++) {
            for (int v = 0; v < n; v++) {
                spin[v] = v == 0 || (mask >> (v - 1) & 1) == 0 ? 1 : -1;
            }
            best = Math.min(best, Spins.frustration(g, spin));
        }
        return best;
    }

    static List<SignedEdge> edges(String... triples) {
        List<SignedEdge> edges = new ArrayList<>();
        for (String t : triples) {
            String[] f = t.split(" ");
            edges.add(new SignedEdge(f[0], f[1], Integer.parseInt(f[2])));
        }
        return edges;
    }

    private static String name(int i) {
        return String.format("n%03d", i);
    }
}
