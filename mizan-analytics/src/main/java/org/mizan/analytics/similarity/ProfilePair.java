package org.mizan.analytics.similarity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Two actors' relation values toward the same third states, in the same order, with a weight per third
 * state and the range [min, max] the values can take (e.g. net cooperation scaled into [-1, 1]).
 *
 * <p>Contract: both profiles have the same length n &gt;= 1, every value is finite and inside [min, max],
 * min &lt; max, weights are finite and non-negative with a positive sum. Whether A and B themselves belong
 * among the third states is the caller's choice (Signorino &amp; Ritter include them, with each state's tie
 * to itself at the top of the scale). Immutable: arrays are copied in and out.
 */
public final class ProfilePair {

    private final double[] first;
    private final double[] second;
    private final double[] weights;
    private final double min;
    private final double max;
    private final List<String> thirdStates;

    private ProfilePair(double[] first, double[] second, double[] weights, double min, double max,
                        List<String> thirdStates) {
        if (first.length != second.length || first.length != weights.length) {
            throw new IllegalArgumentException("profiles and weights must have the same length");
        }
        if (first.length == 0) {
            throw new IllegalArgumentException("profiles are empty");
        }
        if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("need finite min < max, got [" + min + ", " + max + "]");
        }
        double total = 0;
        for (int k = 0; k < first.length; k++) {
            checkValue(first[k], min, max);
            checkValue(second[k], min, max);
            if (!(weights[k] >= 0) || !Double.isFinite(weights[k])) {
                throw new IllegalArgumentException("weight " + k + " must be finite and >= 0: " + weights[k]);
            }
            total += weights[k];
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("weights sum to zero");
        }
        this.first = first.clone();
        this.second = second.clone();
        this.weights = weights.clone();
        this.min = min;
        this.max = max;
        this.thirdStates = List.copyOf(thirdStates);
    }

    /** Equally weighted profiles. */
    public static ProfilePair of(double[] first, double[] second, double min, double max) {
        double[] ones = new double[first.length];
        Arrays.fill(ones, 1.0);
        return new ProfilePair(first, second, ones, min, max, List.of());
    }

    /** Weighted profiles, e.g. by capabilities as in Signorino &amp; Ritter's weighted S. */
    public static ProfilePair of(double[] first, double[] second, double[] weights, double min, double max) {
        return new ProfilePair(first, second, weights, min, max, List.of());
    }

    /**
     * Equally weighted profiles over the sorted union of the two maps' keys (third-state codes); a state
     * missing from one map takes {@code missing} for that actor (e.g. 0, no net cooperation observed).
     */
    public static ProfilePair fromMaps(Map<String, Double> first, Map<String, Double> second, double missing,
                                       double min, double max) {
        TreeSet<String> union = new TreeSet<>(first.keySet());
        union.addAll(second.keySet());
        List<String> states = new ArrayList<>(union);
        double[] x = new double[states.size()];
        double[] y = new double[states.size()];
        double[] w = new double[states.size()];
        for (int k = 0; k < states.size(); k++) {
            x[k] = first.getOrDefault(states.get(k), missing);
            y[k] = second.getOrDefault(states.get(k), missing);
            w[k] = 1.0;
        }
        return new ProfilePair(x, y, w, min, max, states);
    }

    /** The same pair with the two actors swapped. */
    public ProfilePair swapped() {
        return new ProfilePair(second, first, weights, min, max, thirdStates);
    }

    public int size() {
        return first.length;
    }

    public double[] first() {
        return first.clone();
    }

    public double[] second() {
        return second.clone();
    }

    public double[] weights() {
        return weights.clone();
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    /** Third-state codes in profile order when built from maps, else empty. */
    public List<String> thirdStates() {
        return thirdStates;
    }

    double first(int k) {
        return first[k];
    }

    double second(int k) {
        return second[k];
    }

    double weight(int k) {
        return weights[k];
    }

    private static void checkValue(double v, double min, double max) {
        if (!(v >= min && v <= max)) {
            throw new IllegalArgumentException("value " + v + " outside [" + min + ", " + max + "]");
        }
    }
}
