package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job end to end: the demo codes its corpus, measures the balance, writes the brief and runs the model. */
class DemoCliTest {

    @TempDir
    Path dir;

    @Test
    void demoFindsSecurityWithTheUsaAndEnergyWithRussiaAndWritesItsEvidence() throws Exception {
        Path out = dir.resolve("demo");
        CliRun r = CliRun.of("demo", "--db", dir.resolve("demo.duckdb").toString(), "--out", out.toString());

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Coded 38 news items", "Pakistan between the USA (-1) and Russia (+1)");
        assertThat(r.out()).containsPattern("(?m)^security\\s+-\\d\\.\\d\\d.*USA$");
        assertThat(r.out()).containsPattern("(?m)^energy\\s+\\+\\d\\.\\d\\d.*RUS$");
        assertThat(r.out()).contains("Where Pakistan's alignment settles (0 = USA, 100 = Russia)");

        String md = Files.readString(out.resolve("brief.md"));
        assertThat(md).contains("In security Pakistan leans toward the United States",
                "In energy Pakistan leans toward Russia", "[^1]: ", ".example/");
        assertThat(out.resolve("brief.html")).isRegularFile();
        assertThat(out.resolve("stakeholders-pakistan-alignment.csv")).isRegularFile();
        assertThat(out.resolve("model-bdm").resolve("input.csv")).isRegularFile();
    }
}
