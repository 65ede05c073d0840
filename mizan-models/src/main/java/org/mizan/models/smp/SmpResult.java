package org.mizan.models.smp;

import java.util.List;
import java.util.Map;
import org.mizan.models.ModelResult;

/**
 * The outcome of an SMP run: the scenario, the parameters, every state ({@link SmpTurn}) and why the
 * run stopped. The number of states is {@code turns().size()}; KTAB's "steps" are one fewer.
 *
 * @param scenario   the input
 * @param params     the parameters used
 * @param turns      states 0..T
 * @param stopReason why the run stopped
 */
public record SmpResult(SmpScenario scenario, SmpParameters params, List<SmpTurn> turns, StopReason stopReason)
        implements ModelResult {

    @Override
    public String model() {
        return "smp";
    }

    @Override
    public List<String> actors() {
        return scenario.actors().stream().map(SmpActor::name).toList();
    }

    @Override
    public List<String> dimensions() {
        return scenario.dimensions();
    }

    /** Steps between states, i.e. turns played. */
    @Override
    public int rounds() {
        return turns.size() - 1;
    }

    @Override
    public StopReason stopReason() {
        return stopReason;
    }

    @Override
    public double[][] finalPositions() {
        double[][] last = turns.get(turns.size() - 1).positions();
        double[][] out = new double[last.length][];
        for (int i = 0; i < last.length; i++) {
            out[i] = last[i].clone();
        }
        return out;
    }

    /** Capability-and-salience weighted mean of the final positions, per dimension. */
    public double[] finalMean() {
        double[][] p = finalPositions();
        double[] mean = new double[scenario.dimensions().size()];
        for (int k = 0; k < mean.length; k++) {
            double num = 0;
            double den = 0;
            for (int i = 0; i < p.length; i++) {
                SmpActor a = scenario.actors().get(i);
                double w = a.capability() * a.salience()[k];
                num += w * p[i][k];
                den += w;
            }
            mean[k] = den == 0 ? Double.NaN : num / den;
        }
        return mean;
    }

    @Override
    public Map<String, String> parameters() {
        return params.asMap();
    }
}
