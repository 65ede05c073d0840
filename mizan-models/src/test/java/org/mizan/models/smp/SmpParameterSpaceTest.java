package org.mizan.models.smp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.models.SharedData;

/**
 * Every value of every SMP parameter, one at a time from KTAB's defaults, on the reference scenario and
 * on a seeded synthetic one: each run ends within its limit and satisfies the invariants of
 * {@link KtabInputsInvariantTest}.
 */
class SmpParameterSpaceTest {

    static Stream<Arguments> settings() {
        var out = new ArrayList<Arguments>();
        Map<String, List<? extends Enum<?>>> space = Map.of(
                "VictoryProbModel", List.of(SmpParameters.VictoryProbModel.values()),
                "PCEModel", List.of(SmpParameters.PceModel.values()),
                "StateTransitions", List.of(SmpParameters.StateTransitions.values()),
                "VotingRule", List.of(SmpParameters.VotingRule.values()),
                "BigRAdjust", List.of(SmpParameters.BigRAdjust.values()),
                "BigRRange", List.of(SmpParameters.BigRRange.values()),
                "ThirdPartyCommit", List.of(SmpParameters.ThirdPartyCommit.values()),
                "InterVecBrgn", List.of(SmpParameters.InterVecBrgn.values()),
                "BargnModel", List.of(SmpParameters.BargnModel.values()));
        space.forEach((name, values) -> values.forEach(v -> out.add(Arguments.of(name, v.name()))));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("settings")
    void everySettingRunsAndKeepsTheInvariants(String name, String value) throws IOException {
        SmpParameters params = SmpParameters.DEFAULTS.with(Map.of(name, value, "maxTurns", "25", "seed", "7"));
        for (SmpScenario s : List.of(KtabCsvReader.read(SharedData.ktab("dummyData_3Dim.csv")),
                RandomScenario.generate(12, 2, 99))) {
            SmpResult r = new SpatialModel(params).run(s);
            KtabInputsInvariantTest.checkInvariants(s, params, r);
            assertThat(r.parameters()).containsKey(name);
        }
    }

    @ParameterizedTest
    @MethodSource("settings")
    void parametersRoundTripThroughTheirKtabNames(String name, String value) {
        SmpParameters p = SmpParameters.DEFAULTS.with(Map.of(name, value));
        assertThat(SmpParameters.DEFAULTS.with(p.asMap())).isEqualTo(p);
    }
}
