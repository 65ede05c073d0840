package org.mizan.analytics.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A lower bound on the frustration index: the size of a greedy packing of edge-disjoint unbalanced cycles.
 *
 * <p>Every unbalanced cycle (odd number of negative ties) keeps at least one frustrated tie under any
 * colouring, so k edge-disjoint unbalanced cycles prove L &gt;= k. The packing takes unbalanced triangles
 * first (short cycles waste fewest ties), then repeatedly finds an unbalanced cycle in the remaining ties by
 * breadth-first sign propagation: a non-tree tie that contradicts the propagated signs closes an unbalanced
 * cycle through the two tree paths. The bound is exact on balanced networks (0) and often close on sparse
 * ones, but can be far below L on dense random networks.
 *
 * <p>Cost: O(sum of degree^2 log degree) for triangles plus O(k (n + m)) for k further cycles.
 */
public final class CyclePackingBound {

    private CyclePackingBound() {
    }

    /** The number of edge-disjoint unbalanced cycles found. */
    public static int of(SignedNetwork network) {
        boolean[] used = new boolean[network.edgeCount()];
        return packTriangles(network, used) + packCycles(network, used);
    }

    private static int packTriangles(SignedNetwork g, boolean[] used) {
        int count = 0;
        for (int u = 0; u < g.nodeCount(); u++) {
            for (int p = g.rowStart(u); p < g.rowStart(u + 1); p++) {
                int v = g.neighbourAt(p);
                for (int q = p + 1; q < g.rowStart(u + 1) && v > u && !used[g.edgeAt(p)]; q++) {
                    int w = g.neighbourAt(q);
                    int vw = g.edgeId(v, w);
                    if (vw >= 0 && !used[g.edgeAt(q)] && !used[vw]
                            && g.signAt(p) * g.signAt(q) * g.sign(v, w) < 0) {
                        used[g.edgeAt(p)] = used[g.edgeAt(q)] = used[vw] = true;
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static int packCycles(SignedNetwork g, boolean[] used) {
        int n = g.nodeCount();
        int[] colour = new int[n];
        int[] parent = new int[n];
        int[] parentEdge = new int[n];
        int[] depth = new int[n];
        int count = 0;
        for (int s = 0; s < n; s++) {
            // A finished component was balanced in its unused ties and stays so, so each start node is
            // re-searched only until its own component has no unbalanced cycle left.
            while (colour[s] == 0) {
                List<Integer> seen = new ArrayList<>();
                if (!closeCycle(g, used, s, colour, parent, parentEdge, depth, seen)) {
                    break;
                }
                count++;
                for (int v : seen) {
                    colour[v] = 0;
                }
            }
        }
        return count;
    }

    /** Searches s's component; on a contradiction marks that cycle used and returns true. */
    private static boolean closeCycle(SignedNetwork g, boolean[] used, int s, int[] colour, int[] parent,
                                      int[] parentEdge, int[] depth, List<Integer> seen) {
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        colour[s] = 1;
        parentEdge[s] = -1;
        depth[s] = 0;
        seen.add(s);
        queue.add(s);
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int p = g.rowStart(u); p < g.rowStart(u + 1); p++) {
                int e = g.edgeAt(p);
                if (used[e] || e == parentEdge[u]) {
                    continue;
                }
                int v = g.neighbourAt(p);
                int expected = colour[u] * g.signAt(p);
                if (colour[v] == 0) {
                    colour[v] = expected;
                    parent[v] = u;
                    parentEdge[v] = e;
                    depth[v] = depth[u] + 1;
                    seen.add(v);
                    queue.add(v);
                } else if (colour[v] != expected) {
                    used[e] = true;
                    int a = u;
                    int b = v;
                    while (a != b) {
                        if (depth[a] >= depth[b]) {
                            used[parentEdge[a]] = true;
                            a = parent[a];
                        } else {
                            used[parentEdge[b]] = true;
                            b = parent[b];
                        }
                    }
                    return true;
                }
            }
        }
        return false;
    }
}
