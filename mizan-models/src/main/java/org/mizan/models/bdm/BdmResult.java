package org.mizan.models.bdm;

import java.util.List;
import java.util.Map;
import org.mizan.models.ModelResult;

/**
 * The outcome of an expected-utility run: the scenario, the starting median and mean, every round, why
 * the run stopped and which actors kept reversing direction (the sign of a cycle).
 *
 * @param scenario      the input
 * @param params        the parameters used
 * @param startMedian   median of the input positions
 * @param startMean     weighted mean of the input positions
 * @param roundList     rounds in order
 * @param stopReason    why the run stopped
 * @param oscillating   names of actors whose moves changed direction at least twice
 */
public record BdmResult(BdmScenario scenario, BdmParameters params, double startMedian, double startMean,
                        List<BdmRound> roundList, StopReason stopReason, List<String> oscillating)
        implements ModelResult {

    @Override
    public String model() {
        return "bdm";
    }

    @Override
    public List<String> actors() {
        return scenario.actors().stream().map(BdmActor::name).toList();
    }

    @Override
    public List<String> dimensions() {
        return List.of("Position");
    }

    @Override
    public int rounds() {
        return roundList.size();
    }

    @Override
    public StopReason stopReason() {
        return stopReason;
    }

    @Override
    public double[][] finalPositions() {
        double[] last = finalPositionVector();
        double[][] out = new double[last.length][];
        for (int i = 0; i < last.length; i++) {
            out[i] = new double[] {last[i]};
        }
        return out;
    }

    /** Final positions, one per actor. */
    public double[] finalPositionVector() {
        if (roundList.isEmpty()) {
            return scenario.actors().stream().mapToDouble(BdmActor::position).toArray();
        }
        return roundList.get(roundList.size() - 1).after().clone();
    }

    /** Median after the last round (the forecast). */
    public double finalMedian() {
        return roundList.isEmpty() ? startMedian : roundList.get(roundList.size() - 1).median();
    }

    /** Mean after the last round. */
    public double finalMean() {
        return roundList.isEmpty() ? startMean : roundList.get(roundList.size() - 1).mean();
    }

    @Override
    public Map<String, String> parameters() {
        return params.asMap();
    }
}
