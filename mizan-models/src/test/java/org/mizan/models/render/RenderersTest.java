package org.mizan.models.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.models.ModelOptions;
import org.mizan.models.ModelRunner;
import org.mizan.models.SharedData;
import org.mizan.models.bdm.BdmResult;
import org.mizan.models.smp.SmpResult;

/** Renderers and the run writer, on real runs. */
class RenderersTest {

    private static SmpResult smp;
    private static BdmResult bdm;

    @BeforeAll
    static void run() throws IOException {
        smp = ModelRunner.runSmp(SharedData.ktab("dummyData_3Dim.csv"), ModelOptions.DEFAULTS);
        bdm = ModelRunner.runBdm(SharedData.bdm("EC_emissions_ExampleActors.csv"), ModelOptions.DEFAULTS.withMaxRounds(10));
    }

    @Test
    void smpCsvHasKtabsPositionsLayoutAndValues() throws IOException {
        List<String> mine = CsvRenderer.render(smp).lines().toList();
        List<String> ktab = Files.readAllLines(SharedData.ktab("dummyData_3Dim_positions.csv"));
        assertThat(mine).hasSameSizeAs(ktab);
        assertThat(mine.get(0)).isEqualTo(ktab.get(0));
        for (int r = 1; r < ktab.size(); r++) {
            String[] a = mine.get(r).split(",");
            String[] b = ktab.get(r).split(",");
            assertThat(a[0] + a[1] + a[2]).isEqualTo(b[0] + b[1] + b[2]);
            assertThat(Double.parseDouble(a[3])).isCloseTo(Double.parseDouble(b[3]), within(1e-9));
            // 15 significant digits: no 75.61000000000001 artefacts
            assertThat(a[3].length()).isLessThanOrEqualTo(b[3].length() + 1);
        }
    }

    @Test
    void jsonIsWellFormedAndCarriesTheSummary() {
        for (var r : List.of(smp, bdm)) {
            String json = JsonRenderer.render(r);
            assertThat(new MiniJson(json).parse()).isTrue();
            assertThat(json).contains("\"model\": \"" + r.model() + "\"", "\"stopReason\"", "\"tables\"",
                    "\"positions\"");
        }
        assertThat(JsonRenderer.render(bdm)).contains("\"oscillating\": [\"Belgium\"");
    }

    @Test
    void textReportSaysWhetherItConverged() {
        assertThat(TextRenderer.render(smp)).contains("Turns:       10", "converged", "SActor-06");
        assertThat(TextRenderer.render(bdm)).contains("did not converge: round limit reached", "Belgium", "(mean)");
    }

    @Test
    void writesEveryTableAndAReproducibleInput(@TempDir Path dir) throws IOException {
        List<Path> files = RunWriter.write(smp, dir.resolve("smp"));
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("positions.csv",
                "probabilities.csv", "utilities.csv", "bargains.csv", "parameters.csv", "input.csv", "result.json",
                "report.txt");
        SmpResult again = ModelRunner.runSmp(dir.resolve("smp/input.csv"), ModelOptions.DEFAULTS);
        assertThat(again.finalPositions()).isDeepEqualTo(smp.finalPositions());
        assertThat(Files.readString(dir.resolve("smp/parameters.csv"))).contains("InterVecBrgn,S2P2");

        RunWriter.write(bdm, dir.resolve("bdm"));
        assertThat(dir.resolve("bdm/offers.csv")).exists();
        BdmResult bdmAgain = ModelRunner.runBdm(dir.resolve("bdm/input.csv"), ModelOptions.DEFAULTS.withMaxRounds(10));
        assertThat(bdmAgain.finalPositionVector()).containsExactly(bdm.finalPositionVector());
        assertThat(Files.readString(dir.resolve("bdm/offers.csv")).lines().filter(l -> l.endsWith("true")).count())
                .isEqualTo(bdm.roundList().stream().mapToLong(x -> x.accepted().size()).sum());
    }

    @Test
    void csvQuotesCellsThatNeedIt() {
        var t = new Table("t", List.of("a", "b"), List.of(List.<Object>of("x,y", "say \"hi\"")));
        assertThat(CsvRenderer.render(t)).isEqualTo("a,b\n\"x,y\",\"say \"\"hi\"\"\"\n");
    }

    /** A minimal JSON syntax checker, enough to catch malformed output. */
    private static final class MiniJson {
        private final String s;
        private int i;

        MiniJson(String s) {
            this.s = s;
        }

        boolean parse() {
            value();
            ws();
            return i == s.length();
        }

        private void value() {
            ws();
            char c = s.charAt(i);
            if (c == '{') {
                i++;
                ws();
                if (s.charAt(i) == '}') { i++; return; }
                do { ws(); string(); ws(); expect(':'); value(); ws(); } while (s.charAt(i++) == ',');
                if (s.charAt(i - 1) != '}') throw new IllegalStateException("at " + i);
            } else if (c == '[') {
                i++;
                ws();
                if (s.charAt(i) == ']') { i++; return; }
                do { value(); ws(); } while (s.charAt(i++) == ',');
                if (s.charAt(i - 1) != ']') throw new IllegalStateException("at " + i);
            } else if (c == '"') {
                string();
            } else {
                int start = i;
                while (i < s.length() && "+-.0123456789eEtrufalsn".indexOf(s.charAt(i)) >= 0) i++;
                String tok = s.substring(start, i);
                if (!tok.matches("true|false|null|-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
                    throw new IllegalStateException("bad token " + tok);
                }
            }
        }

        private void string() {
            expect('"');
            while (s.charAt(i) != '"') {
                i += s.charAt(i) == '\\' ? 2 : 1;
            }
            i++;
        }

        private void expect(char c) {
            if (s.charAt(i++) != c) throw new IllegalStateException("expected " + c + " at " + i);
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }
    }
}
