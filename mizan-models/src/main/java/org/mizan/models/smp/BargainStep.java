package org.mizan.models.smp;

import java.util.ArrayList;
import java.util.List;

/**
 * One turn of SMP bargaining (KTAB's "BCN" step): every actor picks its most advantageous target and
 * proposes an interpolated bargain; every actor then resolves the queue of bargains it is party to (its
 * status quo first) by a PCE in which all actors vote on the states the bargains would produce; each
 * actor adopts the position its chosen bargain gives it, and ideals move as the accommodation matrix says.
 *
 * <p>Cost O(n³) for n actors: n² challenge estimates of O(n) each, and n queues whose bargains are valued
 * by all n actors.
 */
final class BargainStep {

    private final SmpState s;
    private final SmpParameters p;
    private final double[][] accommodation;

    /** Outcome of the step. */
    record Outcome(int[] target, double[][] victory, double[][] challengeUtil, double[][] gain,
                   List<SmpBargain> bargains, double[][] positions, double[][] ideals) {
    }

    BargainStep(SmpState state, double[][] accommodation) {
        this.s = state;
        this.p = state.params;
        this.accommodation = accommodation;
    }

    /** Estimates only, for a final state where no bargaining happens. */
    static double[][][] estimates(SmpState s) {
        int n = s.size();
        double[][] victory = new double[n][n];
        double[][] util = new double[n][n];
        double[][] gain = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    Challenge c = s.challenge(i, i, i, j);
                    victory[i][j] = c.probability();
                    util[i][j] = c.utilChallenge();
                    gain[i][j] = c.gain();
                }
            }
        }
        return new double[][][] {victory, util, gain};
    }

    Outcome run(KtabRandom random) {
        int n = s.size();
        double[][][] est = estimates(s);
        double[][] victory = est[0];
        double[][] gain = est[2];
        int[] target = new int[n];
        List<Proposal> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(new Proposal(i, i, s.pos[i], s.pos[i], 0));
        }
        for (int i = 0; i < n; i++) {
            int best = -1;
            double bestGain = -1;
            for (int j = 0; j < n; j++) {
                // ties go to the lowest index
                if (j != i && gain[i][j] > p.minSigGain() && gain[i][j] > bestGain) {
                    best = j;
                    bestGain = gain[i][j];
                }
            }
            target[i] = best;
            if (best >= 0) {
                all.addAll(proposals(i, best, victory[i][best], bestGain));
            }
        }
        // queue of actor k: every proposal k is party to, its status quo first
        double[][] next = new double[n][];
        double[] initProb = new double[all.size()];
        double[] rcvrProb = new double[all.size()];
        boolean[] initChosen = new boolean[all.size()];
        boolean[] rcvrChosen = new boolean[all.size()];
        java.util.Arrays.fill(rcvrProb, Double.NaN);
        for (int k = 0; k < n; k++) {
            List<Integer> queue = new ArrayList<>();
            for (int b = 0; b < all.size(); b++) {
                if (all.get(b).init == k || all.get(b).rcvr == k) {
                    queue.add(b);
                }
            }
            double[] prob = resolve(queue, all);
            int chosen = choose(prob, random);
            for (int m = 0; m < queue.size(); m++) {
                int b = queue.get(m);
                if (all.get(b).init == k) {
                    initProb[b] = prob[m];
                    initChosen[b] = m == chosen;
                } else {
                    rcvrProb[b] = prob[m];
                    rcvrChosen[b] = m == chosen;
                }
            }
            Proposal c = all.get(queue.get(chosen));
            next[k] = (c.init == k ? c.initPos : c.rcvrPos).clone();
        }
        var bargains = new ArrayList<SmpBargain>();
        for (int b = 0; b < all.size(); b++) {
            Proposal q = all.get(b);
            bargains.add(new SmpBargain(q.init, q.rcvr, scale(q.initPos), scale(q.rcvrPos), q.value,
                    initProb[b], initChosen[b], rcvrProb[b], rcvrChosen[b]));
        }
        return new Outcome(target, victory, est[1], gain, bargains, next, newIdeals(next));
    }

    /** The proposals actor i puts to j, per the bargaining model. */
    private List<Proposal> proposals(int i, int j, double pIiJ, double value) {
        Proposal fromI = interpolate(i, j, pIiJ, value);
        if (p.bargnModel() == SmpParameters.BargnModel.INIT_ONLY_INTERP) {
            return List.of(fromI);
        }
        Proposal fromJ = interpolate(i, j, s.challenge(j, i, i, j).probability(), value);
        if (p.bargnModel() == SmpParameters.BargnModel.INIT_RCVR_INTERP) {
            return List.of(fromI, fromJ);
        }
        double wi = s.actors.weight(i);
        double wj = s.actors.weight(j);
        int d = s.pos[i].length;
        double[] bi = new double[d];
        double[] bj = new double[d];
        for (int k = 0; k < d; k++) {
            bi[k] = (wi * fromI.initPos[k] + wj * fromJ.initPos[k]) / (wi + wj);
            bj[k] = (wi * fromI.rcvrPos[k] + wj * fromJ.rcvrPos[k]) / (wi + wj);
        }
        return List.of(new Proposal(i, j, bi, bj, value));
    }

    /** A bargain between i and j, from the view that i wins with probability {@code pI}. */
    private Proposal interpolate(int i, int j, double pI, double value) {
        int d = s.pos[i].length;
        double[] bi = new double[d];
        double[] bj = new double[d];
        for (int k = 0; k < d; k++) {
            double[] pair = Interpolation.bargain(p.interVecBrgn(), s.pos[i][k], s.actors.sal[i][k], pI,
                    s.pos[j][k], s.actors.sal[j][k], 1 - pI);
            bi[k] = pair[0];
            bj[k] = pair[1];
        }
        return new Proposal(i, j, bi, bj, value);
    }

    /** PCE over the states the queued bargains would produce, each actor valuing the average position utility. */
    private double[] resolve(List<Integer> queue, List<Proposal> all) {
        int n = s.size();
        double[][] u = new double[n][queue.size()];
        for (int a = 0; a < n; a++) {
            double sqSum = 0;
            for (int m = 0; m < n; m++) {
                sqSum += s.util(a, a, m);
            }
            for (int m = 0; m < queue.size(); m++) {
                Proposal b = all.get(queue.get(m));
                if (b.init == b.rcvr) {
                    u[a][m] = sqSum / n;
                } else {
                    double sum = sqSum - s.util(a, a, b.init) - s.util(a, a, b.rcvr)
                            + s.positionUtil(a, b.initPos) + s.positionUtil(a, b.rcvrPos);
                    u[a][m] = sum / n;
                }
            }
        }
        return Condorcet.scalarPce(s.actors.cap, u, p.votingRule(), p.victoryProbModel(), p.pceModel());
    }

    private int choose(double[] prob, KtabRandom random) {
        if (p.stateTransitions() == SmpParameters.StateTransitions.STOCHASTIC) {
            double x = random.nextDouble();
            double sum = 0;
            for (int m = 0; m < prob.length; m++) {
                sum += prob[m];
                if (x <= sum) {
                    return m;
                }
            }
            return prob.length - 1;
        }
        int best = 0;
        for (int m = 1; m < prob.length; m++) {
            if (prob[m] > prob[best]) {
                best = m;
            }
        }
        return best;
    }

    private double[][] newIdeals(double[][] next) {
        if (accommodation == null) {
            return next;
        }
        int n = next.length;
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            double rowSum = 0;
            double[] ip = new double[next[i].length];
            for (int j = 0; j < n; j++) {
                rowSum += accommodation[i][j];
                for (int k = 0; k < ip.length; k++) {
                    ip[k] += accommodation[i][j] * next[j][k];
                }
            }
            double lag = 1 - Math.min(1, rowSum);
            for (int k = 0; k < ip.length; k++) {
                ip[k] += lag * s.ideal[i][k];
            }
            out[i] = ip;
        }
        return out;
    }

    private static double[] scale(double[] v) {
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            out[k] = 100 * v[k];
        }
        return out;
    }

    private record Proposal(int init, int rcvr, double[] initPos, double[] rcvrPos, double value) {
    }
}
