package org.mizan.analytics.network;

/**
 * The branch and bound behind {@link ExactFrustrationIndex} for one connected component, with nodes in a
 * fixed order; see that class for the method. Positions index the order; spins are +1/-1.
 */
final class RussianDollSearch {

    private final int c;
    private final int[] node;
    private final int[][] forward;
    private final int[][] forwardSign;
    private final int[] suffixOptimum;
    private final int[] best;
    private final int[] spin;
    private final int[] costPlus;
    private final int[] costMinus;
    private final long budget;
    private long searched;
    private int sumMin;
    private int incumbent;
    private int floor;
    private int stoppedAt = -1;

    RussianDollSearch(SignedNetwork g, int[] order, long budget) {
        this.c = order.length;
        this.node = order;
        this.budget = budget;
        int[] position = new int[g.nodeCount()];
        for (int i = 0; i < c; i++) {
            position[order[i]] = i;
        }
        forward = new int[c][];
        forwardSign = new int[c][];
        for (int i = 0; i < c; i++) {
            int u = order[i];
            int count = 0;
            for (int p = g.rowStart(u); p < g.rowStart(u + 1); p++) {
                count += position[g.neighbourAt(p)] > i ? 1 : 0;
            }
            forward[i] = new int[count];
            forwardSign[i] = new int[count];
            int k = 0;
            for (int p = g.rowStart(u); p < g.rowStart(u + 1); p++) {
                int j = position[g.neighbourAt(p)];
                if (j > i) {
                    forward[i][k] = j;
                    forwardSign[i][k++] = g.signAt(p);
                }
            }
        }
        suffixOptimum = new int[c + 1];
        best = new int[c];
        spin = new int[c];
        costPlus = new int[c];
        costMinus = new int[c];
    }

    void run() {
        for (int k = c - 1; k >= 0; k--) {
            // Start from the optimum of k+1..c-1 with node k given its cheaper colour.
            int plus = 0;
            int minus = 0;
            for (int t = 0; t < forward[k].length; t++) {
                if (forwardSign[k][t] * best[forward[k][t]] < 0) {
                    plus++;
                } else {
                    minus++;
                }
            }
            best[k] = plus <= minus ? 1 : -1;
            floor = suffixOptimum[k + 1];
            incumbent = floor + Math.min(plus, minus);
            if (incumbent > floor) {
                java.util.Arrays.fill(costPlus, k, c, 0);
                java.util.Arrays.fill(costMinus, k, c, 0);
                sumMin = 0;
                try {
                    assign(k, 1);
                    search(k + 1, 0);
                } catch (BudgetExhausted e) {
                    stoppedAt = k;
                    extendGreedily(k);
                    return;
                }
            }
            suffixOptimum[k] = incumbent;
        }
    }

    /** True when every suffix was solved, so the colouring is optimal for the component. */
    boolean finished() {
        return stoppedAt < 0;
    }

    long searched() {
        return searched;
    }

    /** The optimum when finished, else the optimum of the largest suffix solved. */
    int lowerBound() {
        return finished() ? suffixOptimum[0] : suffixOptimum[stoppedAt + 1];
    }

    void copySpins(int[] target) {
        for (int i = 0; i < c; i++) {
            target[node[i]] = best[i] == 0 ? 1 : best[i];
        }
    }

    /** Nodes k..d-1 are coloured with g frustrated ties among them; returns true to stop the whole search. */
    private boolean search(int d, int g) {
        if (d == c) {
            if (g < incumbent) {
                incumbent = g;
                System.arraycopy(spin, 0, best, 0, c);
            }
            return incumbent == floor;
        }
        if (++searched > budget) {
            throw new BudgetExhausted();
        }
        int first = costPlus[d] <= costMinus[d] ? 1 : -1;
        for (int s = first, tries = 0; tries < 2; s = -s, tries++) {
            int cost = s > 0 ? costPlus[d] : costMinus[d];
            int rest = sumMin - Math.min(costPlus[d], costMinus[d]);
            if (g + cost + rest + suffixOptimum[d + 1] >= incumbent) {
                continue;
            }
            assign(d, s);
            boolean stop = search(d + 1, g + cost);
            unassign(d, s);
            if (stop) {
                return true;
            }
        }
        return false;
    }

    private void assign(int d, int s) {
        spin[d] = s;
        sumMin -= Math.min(costPlus[d], costMinus[d]);
        for (int t = 0; t < forward[d].length; t++) {
            int j = forward[d][t];
            int before = Math.min(costPlus[j], costMinus[j]);
            // The tie d-j is frustrated when spin[j] differs from sign * s.
            if (forwardSign[d][t] * s > 0) {
                costMinus[j]++;
            } else {
                costPlus[j]++;
            }
            sumMin += Math.min(costPlus[j], costMinus[j]) - before;
        }
    }

    private void unassign(int d, int s) {
        for (int t = 0; t < forward[d].length; t++) {
            int j = forward[d][t];
            int before = Math.min(costPlus[j], costMinus[j]);
            if (forwardSign[d][t] * s > 0) {
                costMinus[j]--;
            } else {
                costPlus[j]--;
            }
            sumMin += Math.min(costPlus[j], costMinus[j]) - before;
        }
        sumMin += Math.min(costPlus[d], costMinus[d]);
        spin[d] = 0;
    }

    /** Colours nodes k-1..0 one by one, each with its cheaper colour against the nodes after it. */
    private void extendGreedily(int k) {
        for (int i = k - 1; i >= 0; i--) {
            int plus = 0;
            int minus = 0;
            for (int t = 0; t < forward[i].length; t++) {
                if (forwardSign[i][t] * best[forward[i][t]] < 0) {
                    plus++;
                } else {
                    minus++;
                }
            }
            best[i] = plus <= minus ? 1 : -1;
        }
    }

    private static final class BudgetExhausted extends RuntimeException {
        BudgetExhausted() {
            super(null, null, false, false);
        }
    }
}
