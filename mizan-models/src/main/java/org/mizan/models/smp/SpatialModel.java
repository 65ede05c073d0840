package org.mizan.models.smp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.mizan.models.BargainingModel;
import org.mizan.models.ModelResult.StopReason;

/**
 * KTAB's Spatial Model of Politics. Runs {@link BargainStep} turn after turn from the scenario's
 * positions and stops, as KTAB does, once at least {@code minTurns} turns are played and the last
 * turn's change Σ_i |Δx_i| is below {@code minDeltaRatio} times the first turn's (plus
 * {@code minSigDelta}), or at {@code maxTurns}. A deterministic run that returns exactly to an earlier
 * state stops with {@link StopReason#CYCLE}.
 *
 * <p>Deterministic given the parameters' seed: Stochastic state transitions draw from KTAB's generator
 * ({@link KtabRandom}) seeded with it. Cost O(n³) per turn for n actors. Thread-safe: the model is
 * immutable and each run has its own state.
 */
public final class SpatialModel implements BargainingModel<SmpScenario, SmpResult> {

    private final SmpParameters params;

    public SpatialModel(SmpParameters params) {
        this.params = params;
    }

    public SpatialModel() {
        this(SmpParameters.DEFAULTS);
    }

    @Override
    public String name() {
        return "smp";
    }

    @Override
    public SmpResult run(SmpScenario scenario) {
        var actors = new SmpActors(scenario);
        int n = actors.size();
        double[][] pos = new double[n][];
        for (int i = 0; i < n; i++) {
            pos[i] = scenario.actors().get(i).position();
            for (int k = 0; k < pos[i].length; k++) {
                pos[i][k] /= 100.0;
            }
        }
        var random = new KtabRandom(params.seed());
        SmpState state = new SmpState(actors, params, pos, pos);
        var turns = new ArrayList<SmpTurn>();
        var seen = new HashSet<List<Double>>();
        seen.add(flat(pos));
        double firstChange = 0;
        double lastChange = 0;
        StopReason reason = StopReason.ROUND_LIMIT;
        for (int iter = 1; ; iter++) {
            BargainStep.Outcome out = new BargainStep(state, scenario.accommodation()).run(random);
            turns.add(turn(iter - 1, state, out.target(), out.victory(), out.challengeUtil(), out.gain(),
                    out.bargains(), lastChange));
            SmpState next = new SmpState(actors, params, out.positions(), out.ideals());
            lastChange = change(state.pos, next.pos);
            if (iter == 1) {
                firstChange = lastChange + params.minSigDelta();
            }
            state = next;
            if (iter >= params.minTurns() && lastChange / firstChange < params.minDeltaRatio()) {
                reason = StopReason.CONVERGED;
                break;
            }
            boolean repeated = !seen.add(flat(next.pos))
                    && params.stateTransitions() == SmpParameters.StateTransitions.DETERMINISTIC;
            if (repeated && scenario.accommodation() == null) {
                reason = StopReason.CYCLE;
                break;
            }
            if (iter >= params.maxTurns()) {
                break;
            }
        }
        double[][][] est = BargainStep.estimates(state);
        int[] none = new int[n];
        Arrays.fill(none, -1);
        turns.add(turn(turns.size(), state, none, est[0], est[1], est[2], List.of(), lastChange));
        return new SmpResult(scenario, params, turns, reason);
    }

    private static SmpTurn turn(int t, SmpState s, int[] target, double[][] victory, double[][] util,
                                double[][] gain, List<SmpBargain> bargains, double change) {
        int n = s.size();
        double[] risk = new double[n];
        for (int i = 0; i < n; i++) {
            risk[i] = s.risk(i);
        }
        return new SmpTurn(t, scale(s.pos), scale(s.ideal), risk, s.neutralProbabilities(),
                s.positionProbabilities(), victory, util, gain, target, bargains, change);
    }

    /** KTAB's distance between states: the sum over actors of the Euclidean move. */
    static double change(double[][] a, double[][] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += SmpActors.norm(a[i], b[i]);
        }
        return sum;
    }

    private static double[][] scale(double[][] v) {
        double[][] out = new double[v.length][];
        for (int i = 0; i < v.length; i++) {
            out[i] = new double[v[i].length];
            for (int k = 0; k < v[i].length; k++) {
                out[i][k] = 100 * v[i][k];
            }
        }
        return out;
    }

    private static List<Double> flat(double[][] v) {
        var out = new ArrayList<Double>();
        for (double[] row : v) {
            for (double x : row) {
                out.add(x);
            }
        }
        return out;
    }
}
