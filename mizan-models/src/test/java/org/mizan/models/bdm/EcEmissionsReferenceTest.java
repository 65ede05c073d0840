package org.mizan.models.bdm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.models.ModelResult.StopReason;
import org.mizan.models.SharedData;

/**
 * Reproduces the replication's figures for Bueno de Mesquita's EC car-emissions example, parsed from
 * {@code ../shared/data/models/bdm} at test time.
 */
class EcEmissionsReferenceTest {

    private static BdmScenario scenario;
    private static BdmResult run;
    private static List<String> vectors;
    private static List<String> trace;

    @BeforeAll
    static void load() throws IOException {
        scenario = BdmCsvReader.read(SharedData.bdm("EC_emissions_ExampleActors.csv"));
        run = new ExpectedUtilityModel(BdmParameters.DEFAULTS.withMaxRounds(10)).run(scenario);
        vectors = Files.readAllLines(SharedData.bdm("jmckib_EC_emissions_round1_vectors.txt"));
        trace = Files.readAllLines(SharedData.bdm("jmckib_EC_emissions_10rounds.txt"));
    }

    @Test
    void startingMedianAndMean() {
        Matcher m = find(vectors, "median (\\S+) mean (\\S+)");
        assertThat(run.startMedian()).isCloseTo(Double.parseDouble(m.group(1)), within(1e-6));
        assertThat(run.startMean()).isCloseTo(Double.parseDouble(m.group(2)), within(1e-6));
        assertThat(run.startMean()).isCloseTo(7.389955686853767, within(1e-12));
    }

    @Test
    void roundOneRiskExponents() {
        BdmRound r1 = run.roundList().get(0);
        int checked = 0;
        Pattern p = Pattern.compile("^\\s+(\\S+)\\s+r=(\\S+)$");
        for (String line : vectors) {
            Matcher m = p.matcher(line);
            if (m.matches()) {
                int i = scenario.indexOf(m.group(1));
                assertThat(r1.riskExponents()[i]).as(m.group(1)).isCloseTo(Double.parseDouble(m.group(2)), within(1e-6));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(10);
    }

    @Test
    void roundOneProbabilities() {
        BdmRound r1 = run.roundList().get(0);
        Pattern row = Pattern.compile("^\\s+(\\d+\\.\\d+) \\[(.*)]$");
        var positions = new ArrayList<Double>();
        var values = new ArrayList<double[]>();
        for (String line : vectors) {
            Matcher m = row.matcher(line);
            if (m.matches()) {
                positions.add(Double.parseDouble(m.group(1)));
                values.add(java.util.Arrays.stream(m.group(2).replace("'", "").split(","))
                        .mapToDouble(s -> Double.parseDouble(s.trim())).toArray());
            }
        }
        assertThat(positions).containsExactly(4.0, 7.0, 10.0);
        for (int a = 0; a < positions.size(); a++) {
            for (int b = 0; b < positions.size(); b++) {
                int i = actorAt(positions.get(a));
                int j = actorAt(positions.get(b));
                // printed to 6 decimals
                assertThat(r1.probability()[i][j]).isCloseTo(values.get(a)[b], within(5.1e-7));
            }
        }
    }

    @Test
    void roundOneExpectedUtilities() {
        BdmRound r1 = run.roundList().get(0);
        int start = vectors.indexOf(vectors.stream().filter(l -> l.startsWith("EU matrix")).findFirst().orElseThrow());
        for (int i = 0; i < 10; i++) {
            String[] f = vectors.get(start + 2 + i).trim().split("\\s+");
            assertThat(scenario.actors().get(i).name()).isEqualTo(f[0]);
            for (int j = 0; j < 10; j++) {
                // printed to 4 decimals
                assertThat(r1.expectedUtility()[i][j]).as("%s vs %d", f[0], j)
                        .isCloseTo(Double.parseDouble(f[j + 1]), within(5.1e-5));
            }
        }
    }

    @Test
    void roundOneBelgiumCompromisesWithFrance() {
        BdmRound r1 = run.roundList().get(0);
        BdmOffer belgium = r1.accepted().stream()
                .filter(o -> o.receiver() == scenario.indexOf("Belgium")).findFirst().orElseThrow();
        assertThat(belgium.type()).isEqualTo(BdmOffer.Type.COMPROMISE);
        assertThat(belgium.proposer()).isEqualTo(scenario.indexOf("France"));
        assertThat(belgium.newPosition()).isCloseTo(8.415932315426764, within(1e-9));
        assertThat(r1.mean()).isCloseTo(7.461314378277189, within(1e-9));
    }

    @Test
    void everyAcceptedOfferOfTenRoundsMatchesTheTrace() {
        Pattern head = Pattern.compile("^(\\S+) (compromises with|loses confrontation to|capitulates to) (\\S+)$");
        Pattern eus = Pattern.compile("^\\t(\\S+) vs (\\S+)$");
        int round = 0;
        var expected = new ArrayList<List<String>>();
        for (int i = 0; i < trace.size(); i++) {
            String line = trace.get(i);
            if (line.startsWith("ROUND ")) {
                round = Integer.parseInt(line.substring(6).trim());
                expected.add(new ArrayList<>());
            }
            Matcher m = head.matcher(line);
            if (m.matches()) {
                Matcher e = eus.matcher(trace.get(i + 1));
                assertThat(e.matches()).isTrue();
                double pos = Double.parseDouble(trace.get(i + 2).replace("new_pos =", "").trim());
                BdmOffer o = run.roundList().get(round - 1).accepted().stream()
                        .filter(a -> a.receiver() == scenario.indexOf(m.group(1))).findFirst().orElseThrow();
                assertThat(o.proposer()).as("round %d %s", round, line).isEqualTo(scenario.indexOf(m.group(3)));
                assertThat(o.euReceiver()).isCloseTo(Double.parseDouble(e.group(1)), within(1e-9));
                assertThat(o.euProposer()).isCloseTo(Double.parseDouble(e.group(2)), within(1e-9));
                assertThat(o.newPosition()).isCloseTo(pos, within(1e-9));
                expected.get(round - 1).add(m.group(1));
            }
        }
        assertThat(expected).hasSize(10);
        for (int t = 0; t < 10; t++) {
            assertThat(run.roundList().get(t).accepted()).hasSameSizeAs(expected.get(t));
        }
    }

    @Test
    void meansAndMediansOfRoundsOneToTen() {
        int round = 0;
        int checked = 0;
        for (String line : trace) {
            if (line.startsWith("ROUND ")) {
                round = Integer.parseInt(line.substring(6).trim());
            } else if (round > 0 && line.startsWith("Mean position:")) {
                double mean = Double.parseDouble(line.substring(14).trim());
                assertThat(run.roundList().get(round - 1).mean()).as("round %d", round).isCloseTo(mean, within(1e-6));
                checked++;
            } else if (round > 0 && line.startsWith("Median position:")) {
                double median = Double.parseDouble(line.substring(16).trim());
                assertThat(run.roundList().get(round - 1).median()).as("round %d", round).isCloseTo(median, within(1e-6));
            }
        }
        assertThat(checked).isEqualTo(10);
    }

    @Test
    void theExampleDoesNotConvergeAndBelgiumOscillates() {
        assertThat(run.stopReason()).isEqualTo(StopReason.ROUND_LIMIT);
        assertThat(run.converged()).isFalse();
        assertThat(run.rounds()).isEqualTo(10);
        assertThat(run.oscillating()).contains("Belgium");
    }

    private static int actorAt(double position) {
        for (int i = 0; i < scenario.actors().size(); i++) {
            if (scenario.actors().get(i).position() == position) {
                return i;
            }
        }
        throw new AssertionError("no actor at " + position);
    }

    private static Matcher find(List<String> lines, String regex) {
        Pattern p = Pattern.compile(regex);
        for (String l : lines) {
            Matcher m = p.matcher(l);
            if (m.find()) {
                return m;
            }
        }
        throw new AssertionError("not found: " + regex);
    }
}
