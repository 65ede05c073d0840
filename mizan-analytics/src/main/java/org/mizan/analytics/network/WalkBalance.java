package org.mizan.analytics.network;

/**
 * Estrada &amp; Benzi's (2014) walk-based degree of balance: closed walks weighted by 1/k! for length k,
 * counted with their sign, over the same walks counted without sign,
 * {@code K = tr(exp(A)) / tr(exp(|A|))}, where A is the signed adjacency matrix.
 *
 * <p>A closed walk is balanced iff it passes an even number of negative ties, so
 * {@code tr(exp(A)) = sum over walks of (balanced - unbalanced) / k!} and K lies in (0, 1], with 1 exactly
 * for balanced networks. This is signnet's {@code balance_score(g, method = "walk")}. Every node contributes
 * its empty walk (1 to both traces), so isolated nodes pull K toward 1.
 */
public interface WalkBalance {

    Result compute(SignedNetwork network);

    /**
     * The walk balance and its two traces, kept as logarithms because exp(lambda) overflows a double for
     * networks whose largest eigenvalue exceeds ~709.
     *
     * @param ratio            K = tr(exp(A)) / tr(exp(|A|)); NaN for an empty network (no nodes)
     * @param logSignedTrace   ln tr(exp(A))
     * @param logUnsignedTrace ln tr(exp(|A|))
     */
    record Result(double ratio, double logSignedTrace, double logUnsignedTrace) {
    }
}
