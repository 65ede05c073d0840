package org.mizan.models.smp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.models.ModelResult.StopReason;
import org.mizan.models.SharedData;

/**
 * Reproduces KTAB's own reference run of {@code dummyData_3Dim.csv} (files parsed from
 * {@code ../shared/data/models/ktab} at test time).
 */
class DummyData3DimReferenceTest {

    private static SmpScenario scenario;
    private static SmpResult run;

    @BeforeAll
    static void load() throws IOException {
        scenario = KtabCsvReader.read(SharedData.ktab("dummyData_3Dim.csv"));
        run = new SpatialModel().run(scenario);
    }

    @Test
    void readsTheScenario() {
        assertThat(scenario.name()).isEqualTo("DummyData_3Dim");
        assertThat(scenario.dimensions()).containsExactly("Pstn1", "Pstn2", "Pstn3");
        assertThat(scenario.actors()).hasSize(7);
        assertThat(scenario.actors().get(0).capability()).isEqualTo(102.543);
    }

    @Test
    void elevenStatesThenConverged() {
        assertThat(run.turns()).hasSize(11);
        assertThat(run.rounds()).isEqualTo(10);
        assertThat(run.stopReason()).isEqualTo(StopReason.CONVERGED);
    }

    @Test
    void everyPositionAtEveryTurn() throws IOException {
        List<String> rows = Files.readAllLines(SharedData.ktab("dummyData_3Dim_positions.csv"));
        assertThat(rows.get(0)).startsWith("Turn_t,Actor,Dim,Pos_Coord");
        int checked = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            int t = Integer.parseInt(f[0]);
            int i = scenario.indexOf(f[1]);
            int k = scenario.dimensions().indexOf(f[2]);
            assertThat(run.turns().get(t).positions()[i][k]).as("turn %d %s %s", t, f[1], f[2])
                    .isCloseTo(Double.parseDouble(f[3]), within(1e-6));
            assertThat(run.turns().get(t).ideals()[i][k]).isCloseTo(Double.parseDouble(f[4]), within(1e-6));
            checked++;
        }
        assertThat(checked).isEqualTo(11 * 7 * 3);
    }

    @Test
    void turnZeroVictoryProbabilities() throws IOException {
        SmpState s0 = SmpState.initial(scenario, SmpParameters.DEFAULTS);
        List<String> rows = Files.readAllLines(SharedData.ktab("dummyData_3Dim-full_ProbVict_turn0.csv"));
        int checked = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            int h = Integer.parseInt(f[2]);
            int i = Integer.parseInt(f[3]);
            int j = Integer.parseInt(f[4]);
            assertThat(s0.challenge(h, i, i, j).probability()).as("h%d %d>%d", h, i, j)
                    .isCloseTo(Double.parseDouble(f[5]), within(1e-6));
            checked++;
        }
        assertThat(checked).isEqualTo(rows.size() - 1).isGreaterThan(50);
    }

    @Test
    void turnZeroChallengeUtilities() throws IOException {
        SmpState s0 = SmpState.initial(scenario, SmpParameters.DEFAULTS);
        List<String> rows = Files.readAllLines(SharedData.ktab("dummyData_3Dim-full_UtilChlg_turn0.csv"));
        int checked = 0;
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",");
            Challenge c = s0.challenge(Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    Integer.parseInt(f[4]), Integer.parseInt(f[5]));
            assertThat(c.utilStatusQuo()).as(row).isCloseTo(Double.parseDouble(f[6]), within(1e-6));
            assertThat(c.utilVictory()).as(row).isCloseTo(Double.parseDouble(f[7]), within(1e-6));
            assertThat(c.utilContest()).as(row).isCloseTo(Double.parseDouble(f[8]), within(1e-6));
            assertThat(c.utilChallenge()).as(row).isCloseTo(Double.parseDouble(f[9]), within(1e-6));
            checked++;
        }
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void everyBargainOfEveryTurnWithItsQueueProbabilitiesAndChoices() throws IOException {
        List<String> rows = Files.readAllLines(SharedData.ktab("dummyData_3Dim-full_Bargn.csv"));
        assertThat(rows.get(0)).contains("Init_Act_i,Recd_Act_j,Value,Init_Prob,Init_Seld,Recd_Prob,Recd_Seld");
        var perTurn = new java.util.HashMap<Integer, Integer>();
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",", -1);
            int t = Integer.parseInt(f[1]);
            int i = Integer.parseInt(f[3]);
            int j = Integer.parseInt(f[4]);
            SmpBargain b = run.turns().get(t).bargains().stream()
                    .filter(x -> x.initiator() == i && x.receiver() == j).findFirst().orElseThrow();
            assertThat(b.value()).as(row).isCloseTo(Double.parseDouble(f[5]), within(1e-6));
            assertThat(b.initProb()).as(row).isCloseTo(Double.parseDouble(f[6]), within(1e-6));
            assertThat(b.initChosen()).as(row).isEqualTo(f[7].equals("1"));
            if (!f[8].isEmpty()) {
                assertThat(b.rcvrProb()).as(row).isCloseTo(Double.parseDouble(f[8]), within(1e-6));
                assertThat(b.rcvrChosen()).as(row).isEqualTo(f[9].equals("1"));
            }
            perTurn.merge(t, 1, Integer::sum);
        }
        for (var e : perTurn.entrySet()) {
            assertThat(run.turns().get(e.getKey()).bargains()).hasSize(e.getValue());
        }
        assertThat(perTurn).hasSize(10);
    }

    @Test
    void riskAttitudesAndPositionProbabilitiesOfEveryTurnMatchTheLog() throws IOException {
        List<String> log = Files.readAllLines(SharedData.ktab("20170530_ref-dummyData_3Dim.txt"));
        int block = 0;
        for (int l = 0; l < log.size(); l++) {
            if (log.get(l).startsWith("Inferred risk attitudes")) {
                for (int i = 0; i < 7; i++) {
                    // printed to 3 decimals
                    assertThat(run.turns().get(block).risk()[i]).as("turn %d actor %d", block, i)
                            .isCloseTo(Double.parseDouble(log.get(l + 1 + i).trim()), within(5.1e-4));
                }
                block++;
            }
            if (log.get(l).contains(", prob : ")) {
                int i = scenario.indexOf(log.get(l).substring(0, log.get(l).indexOf(',')));
                String[] p = log.get(l).substring(log.get(l).indexOf(':') + 1).trim().split("\\s+");
                assertThat(p).hasSize(11);
                for (int t = 0; t < 11; t++) {
                    // printed to 4 decimals
                    assertThat(run.turns().get(t).positionProb()[i]).as("turn %d actor %d", t, i)
                            .isCloseTo(Double.parseDouble(p[t]), within(5.1e-5));
                }
            }
        }
        assertThat(block).isEqualTo(11);
    }

    @Test
    void turnZeroRiskAttitudesAndProbabilitiesMatchTheLog() {
        SmpTurn t0 = run.turns().get(0);
        // printed to 3 and 4 decimals in 20170530_ref-dummyData_3Dim.txt
        double[] risk = {-0.500, -0.459, -0.499, -0.274, 1.000, -0.232, -0.430};
        double[] prob = {0.0047, 0.0302, 0.0054, 0.1492, 0.6001, 0.1447, 0.0656};
        for (int i = 0; i < 7; i++) {
            assertThat(t0.risk()[i]).isCloseTo(risk[i], within(5.1e-4));
            assertThat(t0.positionProb()[i]).isCloseTo(prob[i], within(5.1e-5));
        }
        assertThat(t0.target()).containsExactly(6, 0, 6, 0, 0, 1, 1);
    }
}
