package org.mizan.models.bdm;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Parameters of the expected-utility model. The defaults reproduce the published replication of
 * Scholz, Calbert &amp; Smith (2011).
 *
 * @param maxRounds    round limit (default 20)
 * @param q            probability that the status quo holds if nobody challenges (default 1, which makes
 *                     the better/worse-than-expected terms and {@code t} irrelevant)
 * @param t            probability that things get better rather than worse under the status quo, used
 *                     only when {@code q < 1} (default 1)
 * @param capitulation when a capitulation offer is made (see {@link Capitulation})
 * @param choice       how an actor chooses among compromise offers (see {@link CompromiseChoice})
 */
public record BdmParameters(int maxRounds, double q, double t, Capitulation capitulation,
                            CompromiseChoice choice) {

    /** The defaults: 20 rounds, Q = 1, T = 1, Scholz's code for offers. */
    public static final BdmParameters DEFAULTS =
            new BdmParameters(20, 1.0, 1.0, Capitulation.NEVER, CompromiseChoice.LOWEST_POSITION);

    public BdmParameters {
        if (maxRounds < 1) {
            throw new IllegalArgumentException("maxRounds must be >= 1");
        }
        if (!(q >= 0 && q <= 1) || !(t >= 0 && t <= 1)) {
            throw new IllegalArgumentException("q and t must be in [0,1]");
        }
    }

    /** When a receiver whose challenge would lose is offered a capitulation. */
    public enum Capitulation {
        /**
         * Never. The replicated code tests {@code eu_ji < |eu_ji|}, which is never true, so its traces
         * contain no capitulations; this reproduces them.
         */
        NEVER,
        /** When the proposer gains and the receiver loses, and the gain does not exceed the loss. */
        GAIN_NOT_ABOVE_LOSS
    }

    /** How an actor chooses among several compromise offers. */
    public enum CompromiseChoice {
        /**
         * The offer whose EU-weighted midpoint {@code (|eu_ij| x_i + |eu_ji| x_j)/(|eu_ij|+|eu_ji|)} is
         * lowest, as in Scholz's code (and its replication).
         */
        LOWEST_POSITION,
        /** The offer that moves the actor least, as Bueno de Mesquita and Scholz's paper describe. */
        LEAST_MOVE
    }

    /** A copy with the given round limit. */
    public BdmParameters withMaxRounds(int rounds) {
        return new BdmParameters(rounds, q, t, capitulation, choice);
    }

    /**
     * Applies named parameters ({@code q}, {@code t}, {@code capitulation}, {@code choice}) to these.
     *
     * @throws IllegalArgumentException on an unknown name or value
     */
    public BdmParameters with(Map<String, String> named) {
        BdmParameters p = this;
        for (var e : named.entrySet()) {
            String v = e.getValue().trim();
            p = switch (e.getKey().toLowerCase(Locale.ROOT)) {
                case "q" -> new BdmParameters(p.maxRounds, Double.parseDouble(v), p.t, p.capitulation, p.choice);
                case "t" -> new BdmParameters(p.maxRounds, p.q, Double.parseDouble(v), p.capitulation, p.choice);
                case "capitulation" -> new BdmParameters(p.maxRounds, p.q, p.t,
                        Capitulation.valueOf(v.toUpperCase(Locale.ROOT)), p.choice);
                case "choice" -> new BdmParameters(p.maxRounds, p.q, p.t, p.capitulation,
                        CompromiseChoice.valueOf(v.toUpperCase(Locale.ROOT)));
                default -> throw new IllegalArgumentException("unknown BDM parameter: " + e.getKey());
            };
        }
        return p;
    }

    /** These parameters by name, for provenance. */
    public Map<String, String> asMap() {
        var m = new LinkedHashMap<String, String>();
        m.put("maxRounds", Integer.toString(maxRounds));
        m.put("q", Double.toString(q));
        m.put("t", Double.toString(t));
        m.put("capitulation", capitulation.name());
        m.put("choice", choice.name());
        return m;
    }
}
