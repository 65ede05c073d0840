package org.mizan.models;

import java.util.Map;
import java.util.Objects;

/**
 * Options shared by the models: a round (BDM) or turn (SMP) limit, a random seed and free-form model
 * parameters by name (for SMP the KTAB names, e.g. {@code VotingRule=PropCbc}; for BDM
 * {@code q}, {@code capitulation}). Zero for {@code maxRounds} or {@code seed} means "the model's
 * default". Immutable.
 *
 * @param maxRounds round or turn limit, 0 for the model's default (BDM 10, SMP 100)
 * @param seed      random seed, 0 for the default (the scenario's own seed where it has one)
 * @param params    model parameters by name; unknown names are rejected by the model
 */
public record ModelOptions(int maxRounds, long seed, Map<String, String> params) {

    /** No limits, default seed, default parameters. */
    public static final ModelOptions DEFAULTS = new ModelOptions(0, 0, Map.of());

    public ModelOptions {
        if (maxRounds < 0) {
            throw new IllegalArgumentException("maxRounds must be >= 0: " + maxRounds);
        }
        params = Map.copyOf(Objects.requireNonNull(params, "params"));
    }

    /**
     * Options from command-line style values: {@code name=value} strings (e.g. {@code VotingRule=Cubic}).
     *
     * @throws IllegalArgumentException if a parameter has no {@code =}
     */
    public static ModelOptions of(int maxRounds, long seed, java.util.List<String> nameValues) {
        var m = new java.util.LinkedHashMap<String, String>();
        for (String nv : nameValues) {
            int eq = nv.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected name=value, got '" + nv + "'");
            }
            m.put(nv.substring(0, eq).trim(), nv.substring(eq + 1).trim());
        }
        return new ModelOptions(maxRounds, seed, m);
    }

    /** A copy with the given round limit. */
    public ModelOptions withMaxRounds(int rounds) {
        return new ModelOptions(rounds, seed, params);
    }

    /** A copy with the given seed. */
    public ModelOptions withSeed(long newSeed) {
        return new ModelOptions(maxRounds, newSeed, params);
    }

    /** A copy with one more parameter. */
    public ModelOptions with(String name, String value) {
        var copy = new java.util.HashMap<>(params);
        copy.put(name, value);
        return new ModelOptions(maxRounds, seed, copy);
    }
}
