package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import, events, stats and rejects commands end to end on the real GDELT sample. */
class ImportAndEventsCliTest {

    @TempDir
    Path dir;

    private String gdelt2() {
        return CliRun.shared().resolve("data/gdelt/gdelt2_20191024143000.export.CSV").toString();
    }

    @Test
    void importPrintsReconciledCountsAndReimportAddsNothing() {
        String db = dir.resolve("m.duckdb").toString();
        CliRun first = CliRun.of("import", "--db", db, gdelt2());
        assertThat(first.exit()).isEqualTo(ExitCodes.OK);
        assertThat(first.out()).contains("gdelt2").containsPattern("2111\\s+2111\\s+0\\s+0\\s+done");

        CliRun again = CliRun.of("import", "--db", db, gdelt2());
        assertThat(again.exit()).isEqualTo(ExitCodes.OK);
        assertThat(again.out()).containsPattern("2111\\s+0\\s+2111\\s+0\\s+already_imported");

        CliRun stats = CliRun.of("stats", "--db", db);
        assertThat(stats.out()).contains("events   2111").containsPattern("USA\\s+United States\\s+621");
    }

    @Test
    void rejectedRowsGiveExitCodeThreeAndAreListedWithTheirLines() throws IOException {
        String db = dir.resolve("m.duckdb").toString();
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of(gdelt2()), StandardCharsets.UTF_8).subList(0, 10));
        lines.set(3, lines.get(3).replaceFirst("\t20181024\t", "\t2018-13-45\t"));
        Path bad = Files.write(dir.resolve("bad.export.CSV"), lines, StandardCharsets.UTF_8);

        CliRun r = CliRun.of("import", "--db", db, bad.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(r.err()).contains("bad.export.CSV:4: bad date in SQLDATE: '2018-13-45'");
        assertThat(CliRun.of("rejects", "--db", db).out()).contains("bad.export.CSV:4: bad date");
    }

    @Test
    void missingFileFailsWithAMessageAndBadOptionsAreUsageErrors() {
        String db = dir.resolve("m.duckdb").toString();
        CliRun missing = CliRun.of("import", "--db", db, dir.resolve("nope.csv").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(missing.err()).contains("no such file");

        CliRun badDyad = CliRun.of("events", "--db", db, "--dyad", "PAK");
        assertThat(badDyad.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(badDyad.err()).contains("--dyad takes two country codes");
    }

    @Test
    void eventsFilterAndRoundTripThroughParquet() throws IOException {
        String db = dir.resolve("m.duckdb").toString();
        CliRun.of("import", "--db", db, gdelt2());

        CliRun rus = CliRun.of("events", "--db", db, "--country", "RUS", "--limit", "1000");
        assertThat(rus.out()).contains("91 of 91 events");

        Path csv = dir.resolve("pak.csv");
        CliRun.of("events", "--db", db, "--country", "PAK", "--format", "csv", "--out", csv.toString());
        assertThat(Files.readAllLines(csv)).hasSize(25).first().asString().startsWith("id,event_date");

        Path parquet = dir.resolve("all.parquet");
        CliRun export = CliRun.of("events", "--db", db, "--format", "parquet", "--out", parquet.toString());
        assertThat(export.err()).contains("2111 events written");
        String db2 = dir.resolve("copy.duckdb").toString();
        CliRun back = CliRun.of("import", "--db", db2, parquet.toString());
        assertThat(back.out()).containsPattern("parquet\\s+2111\\s+2111\\s+0\\s+0\\s+done");
        assertThat(CliRun.of("events", "--db", db2, "--country", "RUS", "--limit", "1000").out()).contains("91 of 91 events");
    }
}
