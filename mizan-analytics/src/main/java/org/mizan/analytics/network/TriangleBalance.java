package org.mizan.analytics.network;

/**
 * The triangle index of structural balance: the share of a network's triangles that are balanced.
 *
 * <p>A triangle is classified by how many of its three ties are negative. Under strict balance
 * (Cartwright &amp; Harary 1956, "the enemy of my enemy is my friend") a triangle is balanced iff it has
 * an even number of negative ties (0 or 2). Under weak balance (Davis 1967, clusterability) only the
 * triangle with exactly one negative tie is unbalanced, since three mutual enemies can sit in three
 * clusters.
 */
public interface TriangleBalance {

    /** Counts the triangles of {@code network} by their number of negative ties. */
    Result compute(SignedNetwork network);

    /** Strict (Cartwright-Harary) or weak (Davis) balance of a triangle. */
    enum Kind { STRICT, WEAK }

    /**
     * Triangle counts by number of negative ties.
     *
     * @param byNegatives {@code byNegatives[k]} = triangles with exactly k negative ties, k = 0..3
     */
    record Result(long[] byNegatives) {

        public Result {
            if (byNegatives.length != 4) {
                throw new IllegalArgumentException("need counts for 0..3 negative ties");
            }
            byNegatives = byNegatives.clone();
        }

        @Override
        public long[] byNegatives() {
            return byNegatives.clone();
        }

        /** Triangles with exactly k negative ties. */
        public long withNegatives(int k) {
            return byNegatives[k];
        }

        public long triangles() {
            return byNegatives[0] + byNegatives[1] + byNegatives[2] + byNegatives[3];
        }

        /** Strictly balanced triangles (0 or 2 negative ties). */
        public long balanced() {
            return balanced(Kind.STRICT);
        }

        public long unbalanced() {
            return triangles() - balanced();
        }

        /** Strictly balanced triangles over all triangles; NaN when there are no triangles. */
        public double ratio() {
            return ratio(Kind.STRICT);
        }

        public long balanced(Kind kind) {
            return kind == Kind.STRICT
                    ? byNegatives[0] + byNegatives[2]
                    : byNegatives[0] + byNegatives[2] + byNegatives[3];
        }

        public long unbalanced(Kind kind) {
            return triangles() - balanced(kind);
        }

        /** Balanced triangles of the given kind over all triangles; NaN when there are no triangles. */
        public double ratio(Kind kind) {
            long all = triangles();
            return all == 0 ? Double.NaN : (double) balanced(kind) / all;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Result r && java.util.Arrays.equals(byNegatives, r.byNegatives);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(byNegatives);
        }

        @Override
        public String toString() {
            return "TriangleBalance.Result" + java.util.Arrays.toString(byNegatives);
        }
    }
}
