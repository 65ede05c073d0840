package org.mizan.models.smp;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * All parameters of the Spatial Model of Politics, with KTAB's defaults ({@link #DEFAULTS}). The
 * enumerated parameters carry KTAB's names (as in {@code smpSchema.xsd}), so {@link #with(Map)} accepts
 * e.g. {@code VotingRule=PropCbc} or {@code InterVecBrgn=S1P1}.
 *
 * @param victoryProbModel how coalition strengths become victory probabilities (default Linear)
 * @param pceModel         how pairwise probabilities become option probabilities (default Conditional)
 * @param stateTransitions how an actor picks among its bargains (default Deterministic)
 * @param votingRule       how utility differences become votes (default Proportional)
 * @param bigRAdjust       how far an actor projects its own risk attitude onto others (default OneThird)
 * @param bigRRange        the range risk attitudes are scaled to (default Mid: [-1/2, 1])
 * @param thirdPartyCommit how committed third parties think they are (default SemiCommit)
 * @param interVecBrgn     how a bargain interpolates two positions (default S2P2)
 * @param bargnModel       which bargains are put on the queues (default InitOnlyInterp)
 * @param minTurns         turns before the stopping test applies (default 2)
 * @param maxTurns         turn limit (default 100)
 * @param minDeltaRatio    stop when a turn's change falls below this fraction of the first's (0.02)
 * @param minSigDelta      added to the first turn's change so the ratio is never 0/0 (1e-4)
 * @param minSigGain       smallest expected gain worth a challenge (1e-5)
 * @param seed             seed of the random choices made in Stochastic mode (0: none given)
 */
public record SmpParameters(VictoryProbModel victoryProbModel, PceModel pceModel,
                            StateTransitions stateTransitions, VotingRule votingRule, BigRAdjust bigRAdjust,
                            BigRRange bigRRange, ThirdPartyCommit thirdPartyCommit, InterVecBrgn interVecBrgn,
                            BargnModel bargnModel, int minTurns, int maxTurns, double minDeltaRatio,
                            double minSigDelta, double minSigGain, long seed) {

    /** KTAB's defaults. */
    public static final SmpParameters DEFAULTS = new SmpParameters(VictoryProbModel.LINEAR,
            PceModel.CONDITIONAL, StateTransitions.DETERMINISTIC, VotingRule.PROPORTIONAL, BigRAdjust.ONE_THIRD,
            BigRRange.MID, ThirdPartyCommit.SEMI_COMMIT, InterVecBrgn.S2P2, BargnModel.INIT_ONLY_INTERP,
            2, 100, 0.02, 1e-4, 1e-5, 0L);

    public SmpParameters {
        if (minTurns < 1 || maxTurns < minTurns) {
            throw new IllegalArgumentException("need 1 <= minTurns <= maxTurns");
        }
    }

    /** Victory-probability models: P = C1^p / (C1^p + C2^p), or a 10%-threshold step. */
    public enum VictoryProbModel {
        LINEAR("Linear"), SQUARE("Square"), QUARTIC("Quartic"), OCTIC("Octic"), BINARY("Binary");
        final String ktab;
        VictoryProbModel(String k) { ktab = k; }
    }

    /** Probabilistic Condorcet election models. */
    public enum PceModel {
        CONDITIONAL("Conditional"), MARKOV_INCENTIVE("MarkovIncentive"), MARKOV_UNIFORM("MarkovUniform");
        final String ktab;
        PceModel(String k) { ktab = k; }
    }

    /** Whether an actor takes its most probable bargain or draws one. */
    public enum StateTransitions {
        DETERMINISTIC("Deterministic"), STOCHASTIC("Stochastic");
        final String ktab;
        StateTransitions(String k) { ktab = k; }
    }

    /** Voting rules: vote = weight · f(Δu). */
    public enum VotingRule {
        BINARY("Binary"), PROP_BIN("PropBin"), PROPORTIONAL("Proportional"), PROP_CBC("PropCbc"),
        CUBIC("Cubic"), ASYM_PROSP("ASymProsp");
        final String ktab;
        VotingRule(String k) { ktab = k; }
    }

    /** h's estimate of i's risk attitude: ri, (rh+2ri)/3, (rh+ri)/2, (2rh+ri)/3 or rh. */
    public enum BigRAdjust {
        FULL("Full"), TWO_THIRDS("TwoThirds"), HALF("Half"), ONE_THIRD("OneThird"), NONE("No");
        final String ktab;
        BigRAdjust(String k) { ktab = k; }
    }

    /** Range of risk attitudes: Min [0,1], Mid [-1/2,1], Max [-1,1]. */
    public enum BigRRange {
        MIN("Min"), MID("Mid"), MAX("Max");
        final String ktab;
        BigRRange(String k) { ktab = k; }
    }

    /** How third parties value the outcomes of a contest they join. */
    public enum ThirdPartyCommit {
        NO_COMMIT("NoCommit"), SEMI_COMMIT("SemiCommit"), FULL_COMMIT("FullCommit");
        final String ktab;
        ThirdPartyCommit(String k) { ktab = k; }
    }

    /** Bargain interpolation: weights (salience^n · probability^m), or S2PMax. */
    public enum InterVecBrgn {
        S1P1("S1P1"), S2P2("S2P2"), S2P_MAX("S2PMax");
        final String ktab;
        InterVecBrgn(String k) { ktab = k; }
    }

    /** Which bargains enter the queues: the initiator's, both parties', or their power-weighted mean. */
    public enum BargnModel {
        INIT_ONLY_INTERP("InitOnlyInterp"), INIT_RCVR_INTERP("InitRcvrInterp"), PW_COMP_INTERP("PWCompInterp");
        final String ktab;
        BargnModel(String k) { ktab = k; }
    }

    /**
     * Applies parameters named as in KTAB's XML ({@code VictoryProbModel}, {@code PCEModel},
     * {@code StateTransitions}, {@code VotingRule}, {@code BigRAdjust}, {@code BigRRange},
     * {@code ThirdPartyCommit}, {@code InterVecBrgn}, {@code BargnModel}) or as record components
     * ({@code minTurns}, {@code maxTurns}, {@code minDeltaRatio}, {@code minSigDelta}, {@code minSigGain},
     * {@code seed}); names are case-insensitive.
     *
     * @throws IllegalArgumentException on an unknown name or value
     */
    public SmpParameters with(Map<String, String> named) {
        var v = new Object[] {victoryProbModel, pceModel, stateTransitions, votingRule, bigRAdjust, bigRRange,
                thirdPartyCommit, interVecBrgn, bargnModel, minTurns, maxTurns, minDeltaRatio, minSigDelta,
                minSigGain, seed};
        for (var e : named.entrySet()) {
            String val = e.getValue().trim();
            switch (e.getKey().toLowerCase(Locale.ROOT)) {
                case "victoryprobmodel" -> v[0] = parse(VictoryProbModel.values(), val);
                case "pcemodel" -> v[1] = parse(PceModel.values(), val);
                case "statetransitions" -> v[2] = parse(StateTransitions.values(), val);
                case "votingrule" -> v[3] = parse(VotingRule.values(), val);
                case "bigradjust" -> v[4] = parse(BigRAdjust.values(), val);
                case "bigrrange" -> v[5] = parse(BigRRange.values(), val);
                case "thirdpartycommit" -> v[6] = parse(ThirdPartyCommit.values(), val);
                case "intervecbrgn" -> v[7] = parse(InterVecBrgn.values(), val);
                case "bargnmodel" -> v[8] = parse(BargnModel.values(), val);
                case "minturns" -> v[9] = Integer.parseInt(val);
                case "maxturns" -> v[10] = Integer.parseInt(val);
                case "mindeltaratio" -> v[11] = Double.parseDouble(val);
                case "minsigdelta" -> v[12] = Double.parseDouble(val);
                case "minsiggain" -> v[13] = Double.parseDouble(val);
                case "seed" -> v[14] = Long.parseUnsignedLong(val);
                default -> throw new IllegalArgumentException("unknown SMP parameter: " + e.getKey());
            }
        }
        return new SmpParameters((VictoryProbModel) v[0], (PceModel) v[1], (StateTransitions) v[2],
                (VotingRule) v[3], (BigRAdjust) v[4], (BigRRange) v[5], (ThirdPartyCommit) v[6],
                (InterVecBrgn) v[7], (BargnModel) v[8], (Integer) v[9], (Integer) v[10], (Double) v[11],
                (Double) v[12], (Double) v[13], (Long) v[14]);
    }

    /** A copy with the given turn limit. */
    public SmpParameters withMaxTurns(int turns) {
        return with(Map.of("maxTurns", Integer.toString(turns), "minTurns", Integer.toString(Math.min(minTurns, turns))));
    }

    /** A copy with the given seed. */
    public SmpParameters withSeed(long newSeed) {
        return with(Map.of("seed", Long.toUnsignedString(newSeed)));
    }

    /** These parameters by their KTAB names, for provenance and for {@link #with(Map)}. */
    public Map<String, String> asMap() {
        var m = new LinkedHashMap<String, String>();
        m.put("VictoryProbModel", victoryProbModel.ktab);
        m.put("PCEModel", pceModel.ktab);
        m.put("StateTransitions", stateTransitions.ktab);
        m.put("VotingRule", votingRule.ktab);
        m.put("BigRAdjust", bigRAdjust.ktab);
        m.put("BigRRange", bigRRange.ktab);
        m.put("ThirdPartyCommit", thirdPartyCommit.ktab);
        m.put("InterVecBrgn", interVecBrgn.ktab);
        m.put("BargnModel", bargnModel.ktab);
        m.put("minTurns", Integer.toString(minTurns));
        m.put("maxTurns", Integer.toString(maxTurns));
        m.put("minDeltaRatio", Double.toString(minDeltaRatio));
        m.put("minSigDelta", Double.toString(minSigDelta));
        m.put("minSigGain", Double.toString(minSigGain));
        m.put("seed", Long.toUnsignedString(seed));
        return m;
    }

    private static <E extends Enum<E>> E parse(E[] values, String name) {
        for (E e : values) {
            String ktab = ktabName(e);
            if (ktab.equalsIgnoreCase(name) || e.name().equalsIgnoreCase(name)
                    || (ktab + "Commit").equalsIgnoreCase(name)) {
                return e;
            }
        }
        // KTAB's CSV runs and older docs say "Prop" for Proportional
        if (values[0] instanceof VotingRule && name.equalsIgnoreCase("Prop")) {
            return values[2];
        }
        throw new IllegalArgumentException("unknown value '" + name + "' for "
                + values[0].getDeclaringClass().getSimpleName());
    }

    private static String ktabName(Enum<?> e) {
        if (e instanceof VictoryProbModel x) return x.ktab;
        if (e instanceof PceModel x) return x.ktab;
        if (e instanceof StateTransitions x) return x.ktab;
        if (e instanceof VotingRule x) return x.ktab;
        if (e instanceof BigRAdjust x) return x.ktab;
        if (e instanceof BigRRange x) return x.ktab;
        if (e instanceof ThirdPartyCommit x) return x.ktab;
        if (e instanceof InterVecBrgn x) return x.ktab;
        return ((BargnModel) e).ktab;
    }
}
