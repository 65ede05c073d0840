package org.mizan.models.smp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.models.ModelResult.StopReason;
import org.mizan.models.SharedData;

/**
 * Runs every KTAB input shipped in {@code ../shared/data/models/ktab} (those without reference outputs
 * too) and checks what must hold of any run: it terminates within the turn limit, positions stay inside
 * the box spanned by the input positions, probabilities are probabilities, each queue's bargain
 * probabilities sum to 1 and each actor adopts exactly one bargain.
 */
class KtabInputsInvariantTest {

    static Stream<String> inputs() {
        return Stream.of("dummyData_3Dim.csv", "dummyData_3Dim.xml", "dummyData_6Dim.csv", "SOE-Pol-Comp.csv",
                "dummyData-a040.csv", "smpExample-fixed.xml");
    }

    static SmpScenario read(Path p) throws IOException {
        return p.toString().endsWith(".xml") ? KtabXmlReader.read(p) : KtabCsvReader.read(p);
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void runsToASensibleEnd(String file) throws IOException {
        SmpScenario scenario = read(SharedData.ktab(file));
        SmpParameters params = scenario.parameters() == null ? SmpParameters.DEFAULTS : scenario.parameters();
        SmpResult result = new SpatialModel(params).run(scenario);

        assertThat(result.stopReason()).isIn(StopReason.CONVERGED, StopReason.CYCLE);
        checkInvariants(scenario, params, result);
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void isDeterministicGivenTheSeed(String file) throws IOException {
        SmpScenario scenario = read(SharedData.ktab(file));
        SmpParameters params = scenario.parameters() == null ? SmpParameters.DEFAULTS : scenario.parameters();
        SmpResult a = new SpatialModel(params).run(scenario);
        SmpResult b = new SpatialModel(params).run(scenario);
        assertThat(b.rounds()).isEqualTo(a.rounds());
        assertThat(b.finalPositions()).isDeepEqualTo(a.finalPositions());
    }

    /** What must hold of any run: see the class doc. */
    static void checkInvariants(SmpScenario scenario, SmpParameters params, SmpResult result) {
        assertThat(result.turns().size()).isBetween(2, params.maxTurns() + 1);
        int n = scenario.actors().size();
        int d = scenario.dimensions().size();
        for (int k = 0; k < d; k++) {
            double lo = 100;
            double hi = 0;
            for (SmpActor a : scenario.actors()) {
                lo = Math.min(lo, a.position()[k]);
                hi = Math.max(hi, a.position()[k]);
            }
            for (SmpTurn t : result.turns()) {
                for (int i = 0; i < n; i++) {
                    // bargains are rounded to 0.01 on the input scale
                    assertThat(t.positions()[i][k]).isBetween(lo - 0.005, hi + 0.005);
                }
            }
        }
        for (SmpTurn t : result.turns()) {
            assertThat(sum(t.neutralProb())).isCloseTo(1.0, within(1e-9));
            for (int i = 0; i < n; i++) {
                assertThat(t.positionProb()[i]).isBetween(0.0, 1.0);
                assertThat(t.risk()[i]).isBetween(-1.0 - 1e-12, 1.0 + 1e-12);
                for (int j = 0; j < n; j++) {
                    assertThat(t.victory()[i][j]).isBetween(0.0, 1.0);
                }
            }
            if (!t.bargains().isEmpty()) {
                double[] queueSum = new double[n];
                int[] chosen = new int[n];
                for (SmpBargain b : t.bargains()) {
                    queueSum[b.initiator()] += b.initProb();
                    chosen[b.initiator()] += b.initChosen() ? 1 : 0;
                    if (!b.statusQuo()) {
                        queueSum[b.receiver()] += b.rcvrProb();
                        chosen[b.receiver()] += b.rcvrChosen() ? 1 : 0;
                    }
                }
                for (int i = 0; i < n; i++) {
                    assertThat(queueSum[i]).isCloseTo(1.0, within(1e-9));
                    assertThat(chosen[i]).isEqualTo(1);
                }
            }
        }
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }
}
