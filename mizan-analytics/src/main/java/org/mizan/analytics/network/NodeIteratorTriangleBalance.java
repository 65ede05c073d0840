package org.mizan.analytics.network;

/**
 * Counts signed triangles by the degree-ordered node iterator: each tie is oriented from the endpoint of
 * lower (degree, index) rank to the higher, and each triangle is found exactly once, at its lowest-ranked
 * node, by intersecting out-neighbourhoods with a marker array.
 *
 * <p>Cost: O(m^1.5) time (Schank &amp; Wagner 2005; Latapy 2008), O(n + m) memory. Isolated nodes and
 * triangle-free networks give all-zero counts (and a NaN ratio). Stateless and thread-safe.
 */
public final class NodeIteratorTriangleBalance implements TriangleBalance {

    @Override
    public Result compute(SignedNetwork network) {
        int n = network.nodeCount();
        int[][] out = new int[n][];
        int[][] outSign = new int[n][];
        for (int u = 0; u < n; u++) {
            int count = 0;
            for (int p = network.rowStart(u); p < network.rowStart(u + 1); p++) {
                count += precedes(network, u, network.neighbourAt(p)) ? 1 : 0;
            }
            out[u] = new int[count];
            outSign[u] = new int[count];
            int k = 0;
            for (int p = network.rowStart(u); p < network.rowStart(u + 1); p++) {
                int v = network.neighbourAt(p);
                if (precedes(network, u, v)) {
                    out[u][k] = v;
                    outSign[u][k++] = network.signAt(p);
                }
            }
        }
        long[] byNegatives = new long[4];
        int[] mark = new int[n]; // sign of the tie u-w while u is being visited, else 0
        for (int u = 0; u < n; u++) {
            for (int k = 0; k < out[u].length; k++) {
                mark[out[u][k]] = outSign[u][k];
            }
            for (int k = 0; k < out[u].length; k++) {
                int v = out[u][k];
                int uv = outSign[u][k];
                for (int j = 0; j < out[v].length; j++) {
                    int uw = mark[out[v][j]];
                    if (uw != 0) {
                        int vw = outSign[v][j];
                        byNegatives[(uv < 0 ? 1 : 0) + (uw < 0 ? 1 : 0) + (vw < 0 ? 1 : 0)]++;
                    }
                }
            }
            for (int k = 0; k < out[u].length; k++) {
                mark[out[u][k]] = 0;
            }
        }
        return new Result(byNegatives);
    }

    private static boolean precedes(SignedNetwork network, int u, int v) {
        int du = network.degree(u);
        int dv = network.degree(v);
        return du < dv || (du == dv && u < v);
    }
}
