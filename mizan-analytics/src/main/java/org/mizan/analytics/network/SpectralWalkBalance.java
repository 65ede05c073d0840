package org.mizan.analytics.network;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * Computes {@link WalkBalance} from the spectra of the signed and unsigned adjacency matrices:
 * {@code tr(exp(A)) = sum of exp(lambda_i)} over the eigenvalues of the symmetric matrix A.
 *
 * <p>Implementation note: commons-math3's {@link EigenDecomposition} reduces each symmetric matrix to
 * tridiagonal form and runs implicit QL, which is backward stable, so the eigenvalues are accurate to a few
 * ulps of the spectral radius. Both traces are summed as log-sum-exp around their largest eigenvalue; the
 * ratio is then {@code exp(logSigned - logUnsigned)}, which never overflows because the unsigned spectral
 * radius bounds the signed one (Perron-Frobenius).
 *
 * <p>Cost: two dense n x n eigen-decompositions, O(n^3) time and O(n^2) memory (about 0.1 s at n = 150,
 * a few seconds at n = 500). Stateless and thread-safe.
 */
public final class SpectralWalkBalance implements WalkBalance {

    @Override
    public Result compute(SignedNetwork network) {
        int n = network.nodeCount();
        if (n == 0) {
            return new Result(Double.NaN, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY);
        }
        double[][] signed = new double[n][n];
        double[][] unsigned = new double[n][n];
        for (int u = 0; u < n; u++) {
            for (int p = network.rowStart(u); p < network.rowStart(u + 1); p++) {
                signed[u][network.neighbourAt(p)] = network.signAt(p);
                unsigned[u][network.neighbourAt(p)] = 1;
            }
        }
        double logSigned = logTraceExp(signed);
        double logUnsigned = logTraceExp(unsigned);
        return new Result(Math.exp(logSigned - logUnsigned), logSigned, logUnsigned);
    }

    /** ln(sum of exp(eigenvalues)) of a symmetric matrix. */
    static double logTraceExp(double[][] symmetric) {
        double[] eigenvalues = new EigenDecomposition(new Array2DRowRealMatrix(symmetric, false))
                .getRealEigenvalues();
        double max = Double.NEGATIVE_INFINITY;
        for (double lambda : eigenvalues) {
            max = Math.max(max, lambda);
        }
        double sum = 0;
        for (double lambda : eigenvalues) {
            sum += Math.exp(lambda - max);
        }
        return max + Math.log(sum);
    }
}
