package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model command on the reference inputs: what it prints and what it writes. */
class ModelCliTest {

    @TempDir
    Path dir;

    private static String models(String rel) {
        return CliRun.shared().resolve("data/models").resolve(rel).toString();
    }

    @Test
    void bdmSaysItDidNotConvergeAndWritesItsTables() {
        CliRun r = CliRun.of("model", "bdm", models("bdm/EC_emissions_ExampleActors.csv"), "--rounds", "10",
                "--out", dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("did not converge", "Belgium");
        assertThat(dir.resolve("input.csv")).isRegularFile();
        assertThat(dir.resolve("parameters.csv")).isRegularFile();
    }

    @Test
    void smpCsvIsKtabsPositionsLayout() {
        CliRun r = CliRun.of("model", "smp", models("ktab/dummyData_3Dim.csv"), "--format", "csv");
        assertThat(r.out().lines().findFirst().orElseThrow()).isEqualTo("Turn_t,Actor,Dim,Pos_Coord,Idl_Coord");
        assertThat(r.out().lines().filter(l -> l.startsWith("0,")).count()).isEqualTo(21);
    }

    @Test
    void sweepWritesCsvAndChart() throws Exception {
        CliRun r = CliRun.of("model", "bdm", models("bdm/EC_emissions_ExampleActors.csv"), "--rounds", "5",
                "--sweep", "Belgium:position=4..10/4", "--out", dir.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out().lines().count()).isEqualTo(5);
        assertThat(Files.readString(dir.resolve("sweep.svg"))).startsWith("<svg");
        CliRun bad = CliRun.of("model", "bdm", models("bdm/EC_emissions_ExampleActors.csv"), "--sweep", "Belgium=4");
        assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("--sweep wants");
    }
}
