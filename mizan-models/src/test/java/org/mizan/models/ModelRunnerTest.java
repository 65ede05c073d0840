package org.mizan.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.models.bdm.BdmResult;
import org.mizan.models.smp.SmpParameters;
import org.mizan.models.smp.SmpResult;

/** The facade: format detection, parameter precedence and errors. */
class ModelRunnerTest {

    @Test
    void runsBdmWithARoundLimit() throws IOException {
        ModelResult r = ModelRunner.run("bdm", SharedData.bdm("EC_emissions_ExampleActors.csv"),
                ModelOptions.DEFAULTS.withMaxRounds(3));
        assertThat(r).isInstanceOf(BdmResult.class);
        assertThat(r.rounds()).isEqualTo(3);
        assertThat(r.stopReason()).isEqualTo(ModelResult.StopReason.ROUND_LIMIT);
        assertThat(r.parameters()).containsEntry("maxRounds", "3");
    }

    @Test
    void xmlAndCsvOfTheSameScenarioGiveTheSameRun() throws IOException {
        SmpResult csv = ModelRunner.runSmp(SharedData.ktab("dummyData_3Dim.csv"), ModelOptions.DEFAULTS);
        SmpResult xml = ModelRunner.runSmp(SharedData.ktab("dummyData_3Dim.xml"), ModelOptions.DEFAULTS);
        assertThat(xml.rounds()).isEqualTo(csv.rounds());
        for (int i = 0; i < 7; i++) {
            assertThat(xml.finalPositions()[i]).containsExactly(csv.finalPositions()[i], within(1e-12));
        }
        assertThat(xml.params().seed()).isEqualTo(Long.parseUnsignedLong("03707583219545544125"));
    }

    @Test
    void xmlParametersApplyAndOptionsOverrideThem() throws IOException {
        Path xml = SharedData.ktab("smpExample-fixed.xml");
        SmpResult fromFile = ModelRunner.runSmp(xml, ModelOptions.DEFAULTS);
        assertThat(fromFile.params().pceModel()).isEqualTo(SmpParameters.PceModel.MARKOV_INCENTIVE);
        assertThat(fromFile.params().votingRule()).isEqualTo(SmpParameters.VotingRule.PROP_CBC);
        assertThat(fromFile.params().stateTransitions()).isEqualTo(SmpParameters.StateTransitions.STOCHASTIC);
        assertThat(fromFile.scenario().accommodation()[1][0]).isEqualTo(0.07);

        SmpResult overridden = ModelRunner.runSmp(xml, new ModelOptions(5, 42, java.util.Map.of(
                "StateTransitions", "Deterministic", "VictoryProbModel", "Quartic")));
        assertThat(overridden.params().stateTransitions()).isEqualTo(SmpParameters.StateTransitions.DETERMINISTIC);
        assertThat(overridden.params().victoryProbModel()).isEqualTo(SmpParameters.VictoryProbModel.QUARTIC);
        assertThat(overridden.params().seed()).isEqualTo(42);
        assertThat(overridden.rounds()).isLessThanOrEqualTo(5);
    }

    @Test
    void optionsFromCommandLineStrings() {
        ModelOptions o = ModelOptions.of(7, 3, java.util.List.of("VotingRule=Cubic", " q = 0.5 "));
        assertThat(o.params()).containsEntry("VotingRule", "Cubic").containsEntry("q", "0.5");
        assertThat(o.maxRounds()).isEqualTo(7);
        assertThatThrownBy(() -> ModelOptions.of(0, 0, java.util.List.of("oops")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name=value");
    }

    @Test
    void detectsXmlByContent(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("scenario.txt");
        Files.copy(SharedData.ktab("dummyData_3Dim.xml"), copy);
        assertThat(ModelRunner.readSmp(copy).actors()).hasSize(7);
    }

    @Test
    void rejectsUnknownModelsAndParameters() {
        Path in = SharedData.bdm("EC_emissions_ExampleActors.csv");
        assertThatThrownBy(() -> ModelRunner.run("xyz", in, ModelOptions.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown model");
        assertThatThrownBy(() -> ModelRunner.run("bdm", in, ModelOptions.DEFAULTS.with("nope", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> ModelRunner.run("smp", SharedData.ktab("dummyData_3Dim.csv"),
                ModelOptions.DEFAULTS.with("VotingRule", "Plurality")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Plurality");
    }

    @Test
    void rejectsABadInputWithTheLine(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "Actor,Capability,Position,Salience\nA,1,2,0.5\nB,1,x,0.5\n");
        assertThatThrownBy(() -> ModelRunner.run("bdm", bad, ModelOptions.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3");
    }
}
