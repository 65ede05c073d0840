package org.mizan.models.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.mizan.models.ModelOptions;
import org.mizan.models.ModelResult;
import org.mizan.models.ModelRunner;
import org.mizan.models.SharedData;
import org.mizan.models.bdm.BdmCsvReader;
import org.mizan.models.bdm.ExpectedUtilityModel;
import org.mizan.models.bdm.BdmParameters;
import org.mizan.models.render.CsvRenderer;
import org.mizan.models.smp.KtabCsvReader;
import org.mizan.models.smp.SmpScenario;
import org.mizan.models.smp.SpatialModel;

/** Sweeps: parallel runs equal sequential ones, the table has one row per grid value. */
class ScenarioSweepTest {

    @Test
    void parallelSmpSweepEqualsSequentialRuns() throws IOException {
        SmpScenario base = KtabCsvReader.read(SharedData.ktab("dummyData_3Dim.csv"));
        var sweep = new Sweep("SActor-02", Sweep.Variable.POSITION, 1, Sweep.grid(10, 90, 4));
        var model = new SpatialModel();
        SweepResult parallel = ScenarioSweep.smp(model, base, sweep, 2);
        assertThat(parallel.results()).hasSize(4);
        for (int g = 0; g < 4; g++) {
            SmpScenario variant = base.with(2, base.actors().get(2).withPosition(1, sweep.values()[g]));
            ModelResult alone = model.run(variant);
            assertThat(parallel.results().get(g).finalPositions()).isDeepEqualTo(alone.finalPositions());
            assertThat(parallel.results().get(g).finalPositions()[2][1])
                    .isEqualTo(alone.finalPositions()[2][1]);
        }
        String csv = CsvRenderer.render(parallel.table());
        assertThat(csv.lines()).hasSize(5);
        assertThat(csv.lines().findFirst().orElseThrow())
                .startsWith("Value,Rounds,Stop,Median_Pstn1,Mean_Pstn1,").contains("SActor-06_Pstn3");
    }

    @Test
    void bdmSalienceSweepMovesTheOutcome() throws IOException {
        var base = BdmCsvReader.read(SharedData.bdm("EC_emissions_ExampleActors.csv"));
        var sweep = new Sweep("UK", Sweep.Variable.SALIENCE, 0, Sweep.grid(0.1, 0.9, 5));
        SweepResult r = ScenarioSweep.bdm(new ExpectedUtilityModel(BdmParameters.DEFAULTS.withMaxRounds(5)), base,
                sweep, ScenarioSweep.DEFAULT_THREADS);
        assertThat(r.table().rows()).hasSize(5);
        assertThat(r.table().columns()).contains("Median_Position", "Mean_Position", "Belgium");
        // the UK sits at 10: caring more about it pulls the weighted mean up
        double first = (Double) r.table().rows().get(0).get(4);
        double last = (Double) r.table().rows().get(4).get(4);
        assertThat(last).isGreaterThan(first);
    }

    @Test
    void facadeSweepAndErrors() throws IOException {
        var sweep = new Sweep("France", Sweep.Variable.CAPABILITY, 0, Sweep.grid(0.05, 0.3, 3));
        SweepResult r = ModelRunner.sweep("bdm", SharedData.bdm("EC_emissions_ExampleActors.csv"),
                ModelOptions.DEFAULTS.withMaxRounds(3), sweep, 2);
        assertThat(r.results()).allMatch(x -> x.rounds() <= 3);
        assertThatThrownBy(() -> ModelRunner.sweep("bdm", SharedData.bdm("EC_emissions_ExampleActors.csv"),
                ModelOptions.DEFAULTS, new Sweep("Nobody", Sweep.Variable.POSITION, 0, new double[] {1}), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Nobody");
        assertThatThrownBy(() -> ModelRunner.sweep("bdm", SharedData.bdm("EC_emissions_ExampleActors.csv"),
                ModelOptions.DEFAULTS, new Sweep("UK", Sweep.Variable.SALIENCE, 0, new double[] {1.5}), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("salience");
    }

    @Test
    void gridIsInclusiveAndEven() {
        assertThat(Sweep.grid(0, 100, 5)).containsExactly(0, 25, 50, 75, 100);
        assertThat(Sweep.grid(3, 9, 1)).containsExactly(3);
    }
}
