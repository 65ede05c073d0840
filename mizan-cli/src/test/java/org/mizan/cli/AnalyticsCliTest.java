package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analytics commands on the real samples: what a user types, what a user reads. */
class AnalyticsCliTest {

    @TempDir
    static Path dir;
    private static String db;

    @BeforeAll
    static void load() {
        db = dir.resolve("a.duckdb").toString();
        CliRun.of("import", "--db", db, CliRun.shared().resolve("data/gdelt/gdelt2_20191024143000.export.CSV").toString(),
                CliRun.shared().resolve("data/icews/icews_events.2018.sample.tab").toString());
    }

    @Test
    void balanceJsonHasTheDocumentedShape() {
        CliRun r = CliRun.of("balance", "--db", db, "--focal", "CHN", "--between", "USA,RUS", "--format", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("\"focal\" : \"CHN\"", "\"powers\" : [ \"USA\", \"RUS\" ]", "\"overall\"",
                "\"domains\"", "\"domain\" : \"diplomacy\"", "\"ci\"", "\"leans\"");
    }

    @Test
    void balanceTableEndsWithTheOverallRow() {
        CliRun r = CliRun.of("balance", "--db", db, "--focal", "CHN", "--between", "USA,RUS");
        assertThat(r.out()).contains("CHN between USA (-1) and RUS (+1)").containsPattern("overall\\s+-0\\.\\d\\d");
        CliRun bad = CliRun.of("balance", "--db", db, "--focal", "CHN", "--between", "USA");
        assertThat(bad.exit()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void dyadRatesUseTheWholeVolumeNotJustThePair() {
        CliRun r = CliRun.of("dyads", "--db", db, "--dyad", "USA-RUS", "--by", "year", "--format", "csv");
        assertThat(r.out()).startsWith("period,a,b,events").contains(",RUS,USA,");
        String line = r.out().lines().filter(l -> l.startsWith("2018")).findFirst().orElseThrow();
        double rate = Double.parseDouble(line.split(",")[12]);
        assertThat(rate).isGreaterThan(0).isLessThan(0.5);
    }

    @Test
    void networkOfTheTribesReproducesThePublishedFigures() {
        CliRun r = CliRun.of("network", "--edges",
                CliRun.shared().resolve("data/models/signed/tribes_edges.csv").toString(), "--format", "json");
        assertThat(r.out()).contains("\"balancedTriangles\" : 59", "\"frustrationIndex\" : 7",
                "\"walkBalance\" : 0.35757");
    }

    @Test
    void similarityOfAStateWithItselfIsOne() {
        CliRun r = CliRun.of("similarity", "--db", db, "USA", "USA");
        assertThat(r.out()).containsPattern("S_absolute\\s+1\\.0");
    }
}
