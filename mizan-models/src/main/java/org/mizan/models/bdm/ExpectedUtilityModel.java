package org.mizan.models.bdm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.mizan.models.BargainingModel;
import org.mizan.models.ModelResult.StopReason;

/**
 * Bueno de Mesquita's expected-utility model in the form of Scholz, Calbert &amp; Smith (2011). Each
 * round: every actor's risk exponent is set from how threatened its position is; every actor then
 * weighs, against every actor at another position, its own expected utility of a challenge and the
 * other's, which yields a conflict, compromise or capitulation offer; each actor takes its best offer
 * and all move at once.
 *
 * <p>Stops when no actor moves ({@link StopReason#CONVERGED}), when positions return exactly to an
 * earlier round's ({@link StopReason#CYCLE}) or at the round limit ({@link StopReason#ROUND_LIMIT}).
 * Cost per round O(n³) for n actors. Thread-safe: the model is immutable.
 */
public final class ExpectedUtilityModel implements BargainingModel<BdmScenario, BdmResult> {

    private final BdmParameters params;

    public ExpectedUtilityModel(BdmParameters params) {
        this.params = params;
    }

    public ExpectedUtilityModel() {
        this(BdmParameters.DEFAULTS);
    }

    @Override
    public String name() {
        return "bdm";
    }

    @Override
    public BdmResult run(BdmScenario scenario) {
        int n = scenario.actors().size();
        double[] c = new double[n];
        double[] s = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = scenario.actors().get(i).capability();
            s[i] = scenario.actors().get(i).salience();
            x[i] = scenario.actors().get(i).position();
        }
        double range = Arrays.stream(x).max().orElseThrow() - Arrays.stream(x).min().orElseThrow();
        if (range == 0) {
            range = 1; // everyone agrees: every distance is 0 whatever the scale
        }
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        BdmState start = new BdmState(c, s, x, ones, range);
        var rounds = new ArrayList<BdmRound>();
        var seen = new LinkedHashSet<List<Double>>();
        seen.add(boxed(x));
        StopReason reason = StopReason.ROUND_LIMIT;
        for (int t = 1; t <= params.maxRounds(); t++) {
            double[] r = riskExponents(c, s, x, range);
            BdmState state = new BdmState(c, s, x, r, range);
            double median = state.median();
            double[][] p = new double[n][n];
            double[][] eu = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    p[i][j] = state.probability(x[i], x[j]);
                    eu[i][j] = i == j ? 0 : state.expectedUtility(r[i], i, j, params.q(), params.t(), median);
                }
            }
            List<BdmOffer> offers = new OfferRules(params).offers(state, r, median);
            double[] after = x.clone();
            for (BdmOffer o : offers) {
                if (o.accepted()) {
                    after[o.receiver()] = o.newPosition();
                }
            }
            BdmState end = new BdmState(c, s, after, ones, range);
            rounds.add(new BdmRound(t, x, r, p, eu, offers, after, end.median(), end.mean()));
            if (Arrays.equals(after, x)) {
                reason = StopReason.CONVERGED;
                break;
            }
            if (!seen.add(boxed(after))) {
                reason = StopReason.CYCLE;
                break;
            }
            x = after;
        }
        return new BdmResult(scenario, params, start.median(), start.mean(), rounds, reason,
                oscillating(scenario, rounds));
    }

    /**
     * r_i from the danger level of each position: the sum of the expected utilities of everyone else
     * challenging it, all with exponent 1, rescaled to R_i in [-1, 1] and mapped into [0.5, 2].
     */
    static double[] riskExponents(double[] c, double[] s, double[] x, double range) {
        int n = x.length;
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        BdmState neutral = new BdmState(c, s, x, ones, range);
        double median = neutral.median();
        double[] danger = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    danger[i] += neutral.expectedUtility(1.0, j, i, 1.0, 1.0, median);
                }
            }
        }
        double max = Arrays.stream(danger).max().orElseThrow();
        double min = Arrays.stream(danger).min().orElseThrow();
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            // all dangers equal: nobody is more exposed than anybody else, so everyone stays neutral
            double bigR = max == min ? 0 : (2 * danger[i] - max - min) / (max - min);
            r[i] = (1 - bigR / 3) / (1 + bigR / 3);
        }
        return r;
    }

    private static List<String> oscillating(BdmScenario scenario, List<BdmRound> rounds) {
        var names = new ArrayList<String>();
        for (int i = 0; i < scenario.actors().size(); i++) {
            int reversals = 0;
            double lastMove = 0;
            for (BdmRound round : rounds) {
                double move = round.after()[i] - round.positions()[i];
                if (move != 0) {
                    if (lastMove != 0 && Math.signum(move) != Math.signum(lastMove)) {
                        reversals++;
                    }
                    lastMove = move;
                }
            }
            if (reversals >= 2) {
                names.add(scenario.actors().get(i).name());
            }
        }
        return names;
    }

    private static List<Double> boxed(double[] v) {
        return Arrays.stream(v).boxed().toList();
    }
}
