package org.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The motivating analysis piece through the whole chain (code, store, balance, report): its security
 * relations lean to the USA, its energy relations to Russia, each with cited evidence.
 */
class AnalysisPieceCliTest {

    @TempDir
    Path dir;

    @Test
    void securityLeansToTheUsaAndEnergyToRussiaWithEvidence() throws Exception {
        String db = dir.resolve("ap.duckdb").toString();
        String piece = CliRun.shared().resolve("corpus/analysis-pakistan-us-russia-2023.txt").toString();
        CliRun coded = CliRun.of("code", piece, "--in", "text", "--date", "2023-02-20", "--store", "--db", db);
        assertThat(coded.exit()).as(coded.err()).isZero();
        assertThat(coded.err()).containsPattern("stored \\d+ new events");

        CliRun balance = CliRun.of("balance", "--db", db, "--focal", "PAK", "--between", "USA,RUS");
        assertThat(balance.out()).containsPattern("(?m)^security\\s+-\\d\\.\\d\\d.*USA$");
        assertThat(balance.out()).containsPattern("(?m)^energy\\s+\\+\\d\\.\\d\\d.*RUS$");

        Path brief = dir.resolve("brief");
        CliRun report = CliRun.of("report", "--db", db, "--focal", "PAK", "--between", "USA,RUS", "--out", brief.toString());
        assertThat(report.exit()).isZero();
        String md = java.nio.file.Files.readString(brief.resolve("brief.md"));
        assertThat(md).contains("In security Pakistan leans toward the United States",
                "In energy Pakistan leans toward Russia", "[^1]: ");
    }
}
