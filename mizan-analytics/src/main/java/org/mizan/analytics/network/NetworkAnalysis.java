package org.mizan.analytics.network;

/**
 * All structural-balance measures of one signed network: triangle balance, Estrada's walk balance and
 * the frustration index, exact up to {@link #EXACT_LIMIT} nodes and by annealing (with a proven lower
 * bound) beyond.
 */
public final class NetworkAnalysis {

    /** Largest network the exact frustration index is tried on by default. */
    public static final int EXACT_LIMIT = 60;

    private NetworkAnalysis() {
    }

    /** The figures, and which frustration method produced them. */
    public record Report(SignedNetwork network, TriangleBalance.Result triangles, WalkBalance.Result walk,
                         FrustrationIndex.Result frustration, String frustrationMethod) {
    }

    public static Report of(SignedNetwork g) {
        boolean exact = g.nodeCount() <= EXACT_LIMIT;
        FrustrationIndex fi = exact ? new ExactFrustrationIndex() : new AnnealingFrustrationIndex();
        return new Report(g, new NodeIteratorTriangleBalance().compute(g), new SpectralWalkBalance().compute(g),
                fi.compute(g), exact ? "exact" : "annealing");
    }
}
