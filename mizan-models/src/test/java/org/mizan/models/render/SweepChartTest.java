package org.mizan.models.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mizan.models.ModelOptions;
import org.mizan.models.ModelRunner;
import org.mizan.models.sweep.Sweep;
import org.mizan.models.sweep.SweepResult;

/** A sweep chart draws one point per grid value for both outcome lines. */
class SweepChartTest {

    @Test
    void onePointPerGridValueAndLine() throws Exception {
        Path input = Path.of(System.getProperty("mizan.shared", "../../shared"), "data/models/bdm/EC_emissions_ExampleActors.csv");
        SweepResult r = ModelRunner.sweep("bdm", input, ModelOptions.DEFAULTS.withMaxRounds(5),
                new Sweep("Belgium", Sweep.Variable.POSITION, 0, Sweep.grid(4, 10, 4)), 2);
        String svg = SweepChart.svg(r);
        assertThat(svg).startsWith("<svg").contains("BDM: position of Belgium", "median", "weighted mean");
        assertThat(svg.split("<circle", -1)).hasSize(1 + 2 * 4);
    }
}
