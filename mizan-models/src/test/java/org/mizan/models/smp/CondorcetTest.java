package org.mizan.models.smp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mizan.models.smp.SmpParameters.PceModel;
import org.mizan.models.smp.SmpParameters.VictoryProbModel;
import org.mizan.models.smp.SmpParameters.VotingRule;

/** Hand-computed votes and elections, and cross-checks of the PCE models on seeded random inputs. */
class CondorcetTest {

    @Test
    void votingRules() {
        assertThat(Condorcet.vote(VotingRule.PROPORTIONAL, 2, 0.7, 0.2)).isCloseTo(1.0, within(1e-12));
        assertThat(Condorcet.vote(VotingRule.CUBIC, 2, 0.7, 0.2)).isCloseTo(0.25, within(1e-12));
        assertThat(Condorcet.vote(VotingRule.PROP_CBC, 2, 0.7, 0.2)).isCloseTo(0.625, within(1e-12));
        assertThat(Condorcet.vote(VotingRule.BINARY, 2, 0.7, 0.2)).isEqualTo(2.0);
        assertThat(Condorcet.vote(VotingRule.PROP_BIN, 2, 0.7, 0.2)).isCloseTo(1.2, within(1e-12));
        assertThat(Condorcet.vote(VotingRule.ASYM_PROSP, 3, 0.7, 0.2)).isCloseTo(1.0, within(1e-12));
        assertThat(Condorcet.vote(VotingRule.ASYM_PROSP, 3, 0.2, 0.7)).isCloseTo(-1.5, within(1e-12));
    }

    @Test
    void victoryModels() {
        assertThat(Condorcet.victory(VictoryProbModel.LINEAR, 3, 1)).isCloseTo(0.75, within(1e-12));
        assertThat(Condorcet.victory(VictoryProbModel.SQUARE, 3, 1)).isCloseTo(0.9, within(1e-12));
        assertThat(Condorcet.victory(VictoryProbModel.QUARTIC, 3, 1)).isCloseTo(81.0 / 82, within(1e-12));
        assertThat(Condorcet.victory(VictoryProbModel.OCTIC, 1, 1)).isCloseTo(0.5, within(1e-12));
        assertThat(Condorcet.victory(VictoryProbModel.BINARY, 1.2, 1)).isCloseTo(1.0, within(1e-5));
        assertThat(Condorcet.victory(VictoryProbModel.BINARY, 1, 1)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void conditionalPceByHand() {
        // P[0>1] = 0.8, P[0>2] = 0.6, P[1>2] = 0.3 -> products 0.5*0.8*0.6, 0.5*0.2*0.3, 0.5*0.4*0.7
        double[][] pv = {{0.5, 0.8, 0.6}, {0.2, 0.5, 0.3}, {0.4, 0.7, 0.5}};
        double[] p = Condorcet.conditional(pv);
        double a = 0.24;
        double b = 0.03;
        double c = 0.14;
        assertThat(p).containsExactly(new double[] {a / (a + b + c), b / (a + b + c), c / (a + b + c)}, within(1e-12));
    }

    @Test
    void everyPceIsADistributionThatRanksACondorcetWinnerFirst() {
        var rnd = new SplittableRandom(20170530L);
        for (int trial = 0; trial < 50; trial++) {
            int actors = 2 + rnd.nextInt(8);
            int options = 2 + rnd.nextInt(6);
            double[] w = new double[actors];
            double[][] u = new double[actors][options];
            for (int k = 0; k < actors; k++) {
                w[k] = rnd.nextDouble(10, 200);
                for (int m = 0; m < options; m++) {
                    u[k][m] = rnd.nextDouble();
                }
            }
            // option 0 is everyone's favourite
            for (int k = 0; k < actors; k++) {
                u[k][0] = 1.0;
            }
            for (PceModel model : PceModel.values()) {
                for (VictoryProbModel vpm : VictoryProbModel.values()) {
                    double[] p = Condorcet.scalarPce(w, u, VotingRule.PROPORTIONAL, vpm, model);
                    assertThat(java.util.Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-6));
                    for (int m = 1; m < options; m++) {
                        assertThat(p[0]).as("%s %s", model, vpm).isGreaterThanOrEqualTo(p[m]);
                    }
                }
            }
        }
    }

    @Test
    void interpolationRoundsToTheHundredthOfAPoint() {
        double[] b = Interpolation.bargain(SmpParameters.InterVecBrgn.S2P2, 0.2, 0.5, 0.9, 0.8, 0.5, 0.1);
        // weights 0.2025 and 0.0025: close to the initiator, rounded to 4 decimals on the 0-1 scale
        assertThat(b[0]).isEqualTo(Interpolation.round4((0.2025 + 1e-6) * 0.2 / (0.205 + 1e-6) + 0.0025 * 0.8 / (0.205 + 1e-6)));
        assertThat(b[0] * 1e4).isCloseTo(Math.rint(b[0] * 1e4), within(1e-9));
        assertThat(b[0]).isBetween(0.2, 0.8);
        double[] still = Interpolation.bargain(SmpParameters.InterVecBrgn.S1P1, 0.3, 0.0, 0.5, 0.6, 0.0, 0.5);
        assertThat(still).containsExactly(0.3, 0.6);
    }
}
