package org.mizan.analytics.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An immutable undirected signed simple graph of actors: each pair of distinct actors has at most one tie,
 * friendly (+1) or hostile (-1).
 *
 * <p>Nodes are numbered 0..n-1 in the natural order of their codes, so every measure is deterministic.
 * Adjacency is kept in compressed rows (neighbours sorted by index), so {@link #sign(int, int)} costs
 * O(log degree) and a pass over all ties costs O(n + m).
 *
 * <p><b>Combining pairs.</b> Both factories and the {@link Builder} accept repeated and reversed pairs.
 * All values given for the same unordered pair {a, b} are summed ({@code a->b} and {@code b->a} alike);
 * the tie's sign is the sign of that sum, and a sum of zero (or, for weights, one within the threshold)
 * gives no tie. Self-pairs (a = b, e.g. domestic events) are ignored: balance is defined on simple graphs.
 * An actor becomes a node only through a tie it keeps, or through {@link Builder#addNode}; isolated nodes
 * count in {@link #nodeCount()} and move {@link WalkBalance} toward 1, but change no other measure.
 */
public final class SignedNetwork {

    private final String[] names;
    private final Map<String, Integer> index;
    private final int[] rowStart;
    private final int[] neighbour;
    private final int[] neighbourSign;
    private final int[] neighbourEdge;
    private final List<SignedEdge> edges;
    private final int negatives;

    private SignedNetwork(Set<String> nodes, Map<String, Map<String, Integer>> ties) {
        names = nodes.toArray(String[]::new);
        index = new TreeMap<>();
        for (int i = 0; i < names.length; i++) {
            index.put(names[i], i);
        }
        List<SignedEdge> list = new ArrayList<>();
        ties.forEach((a, row) -> row.forEach((b, s) -> list.add(new SignedEdge(a, b, s))));
        edges = List.copyOf(list);
        int[] degree = new int[names.length];
        for (SignedEdge e : edges) {
            degree[index.get(e.a())]++;
            degree[index.get(e.b())]++;
        }
        rowStart = new int[names.length + 1];
        for (int i = 0; i < names.length; i++) {
            rowStart[i + 1] = rowStart[i] + degree[i];
        }
        int[] fill = Arrays.copyOf(rowStart, names.length);
        neighbour = new int[2 * edges.size()];
        neighbourSign = new int[2 * edges.size()];
        neighbourEdge = new int[2 * edges.size()];
        int neg = 0;
        // Edges come in (a, b) order with a < b, so each row is filled in ascending neighbour order.
        for (int pass = 0; pass < 2; pass++) {
            for (int e = 0; e < edges.size(); e++) {
                SignedEdge edge = edges.get(e);
                int u = index.get(pass == 0 ? edge.b() : edge.a());
                int v = index.get(pass == 0 ? edge.a() : edge.b());
                int at = fill[u]++;
                neighbour[at] = v;
                neighbourSign[at] = edge.sign();
                neighbourEdge[at] = e;
                if (pass == 0 && edge.sign() < 0) {
                    neg++;
                }
            }
        }
        negatives = neg;
    }

    /** A network from signed ties; see the class doc for how repeated and reversed pairs combine. */
    public static SignedNetwork fromEdges(Collection<SignedEdge> edges) {
        Builder builder = new Builder();
        edges.forEach(e -> builder.add(e.a(), e.b(), e.sign()));
        return builder.build();
    }

    /**
     * A network whose tie signs come from summed dyad weights (e.g. net cooperation over a window):
     * +1 where the sum exceeds {@code threshold}, -1 where it is below {@code -threshold}, no tie otherwise
     * (so a zero sum never makes a tie).
     *
     * @param threshold a non-negative margin; 0 keeps every non-zero dyad
     */
    public static SignedNetwork fromWeights(Collection<DyadWeight> weights, double threshold) {
        Builder builder = new Builder();
        weights.forEach(w -> builder.add(w.source(), w.target(), w.weight()));
        return builder.build(threshold);
    }

    public int nodeCount() {
        return names.length;
    }

    public int edgeCount() {
        return edges.size();
    }

    public int negativeEdgeCount() {
        return negatives;
    }

    public int positiveEdgeCount() {
        return edges.size() - negatives;
    }

    /** Node codes in index order. */
    public List<String> nodes() {
        return List.of(names);
    }

    public String node(int i) {
        return names[i];
    }

    /** The index of an actor code, or -1 if it is not a node. */
    public int indexOf(String code) {
        return index.getOrDefault(code, -1);
    }

    /** Ties with {@code a < b} in code order, sorted; edge ids used by {@link #edgeAt} follow this order. */
    public List<SignedEdge> edges() {
        return edges;
    }

    public int degree(int u) {
        return rowStart[u + 1] - rowStart[u];
    }

    /** Position of u's first neighbour in the row arrays; u's row ends at {@code rowStart(u + 1)}. */
    int rowStart(int u) {
        return rowStart[u];
    }

    int neighbourAt(int position) {
        return neighbour[position];
    }

    int signAt(int position) {
        return neighbourSign[position];
    }

    int edgeAt(int position) {
        return neighbourEdge[position];
    }

    /** The sign of the tie between nodes u and v: +1, -1, or 0 when there is none. */
    public int sign(int u, int v) {
        int at = Arrays.binarySearch(neighbour, rowStart[u], rowStart[u + 1], v);
        return at >= 0 ? neighbourSign[at] : 0;
    }

    /** The id (position in {@link #edges()}) of the tie between nodes u and v, or -1 when there is none. */
    public int edgeId(int u, int v) {
        int at = Arrays.binarySearch(neighbour, rowStart[u], rowStart[u + 1], v);
        return at >= 0 ? neighbourEdge[at] : -1;
    }

    /** The sign of the tie between two actor codes: +1, -1, or 0 when there is none. */
    public int sign(String a, String b) {
        int u = indexOf(a);
        int v = indexOf(b);
        return u < 0 || v < 0 ? 0 : sign(u, v);
    }

    /**
     * The number of frustrated ties when {@code side} is one group and all other nodes the other: positive
     * ties across the groups plus negative ties within a group.
     */
    public int frustration(Collection<String> side) {
        Set<String> group = new TreeSet<>(side);
        int count = 0;
        for (SignedEdge e : edges) {
            boolean same = group.contains(e.a()) == group.contains(e.b());
            count += same == e.positive() ? 0 : 1;
        }
        return count;
    }

    @Override
    public String toString() {
        return "SignedNetwork[nodes=" + names.length + ", edges=" + edges.size() + ", negative=" + negatives + "]";
    }

    /** Collects pairs, sums repeated and reversed ones, and builds the network. Not thread-safe. */
    public static final class Builder {
        private final Set<String> nodes = new TreeSet<>();
        private final Map<String, Map<String, Double>> sums = new TreeMap<>();

        /** Adds a node that may have no tie. */
        public Builder addNode(String code) {
            nodes.add(Objects.requireNonNull(code, "code"));
            return this;
        }

        /** Adds a value to the unordered pair {a, b}; a self-pair is ignored. */
        public Builder add(String a, String b, double value) {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("value must be finite, was " + value);
            }
            int order = a.compareTo(b);
            if (order != 0) {
                String lo = order < 0 ? a : b;
                String hi = order < 0 ? b : a;
                sums.computeIfAbsent(lo, k -> new TreeMap<>()).merge(hi, value, Double::sum);
            }
            return this;
        }

        /** Builds with threshold 0: every pair with a non-zero sum becomes a tie. */
        public SignedNetwork build() {
            return build(0);
        }

        /** Builds, keeping the pairs whose summed value lies outside [-threshold, threshold]. */
        public SignedNetwork build(double threshold) {
            if (!(threshold >= 0) || Double.isInfinite(threshold)) {
                throw new IllegalArgumentException("threshold must be finite and >= 0, was " + threshold);
            }
            Set<String> all = new TreeSet<>(nodes);
            Map<String, Map<String, Integer>> ties = new TreeMap<>();
            sums.forEach((a, row) -> row.forEach((b, sum) -> {
                if (Math.abs(sum) > threshold) {
                    ties.computeIfAbsent(a, k -> new TreeMap<>()).put(b, sum > 0 ? 1 : -1);
                    all.add(a);
                    all.add(b);
                }
            }));
            return new SignedNetwork(all, ties);
        }
    }
}
