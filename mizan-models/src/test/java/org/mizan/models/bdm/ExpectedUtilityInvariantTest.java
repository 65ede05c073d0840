package org.mizan.models.bdm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mizan.models.ModelResult.StopReason;

/** Properties of any expected-utility run, on seeded random scenarios and on edge cases. */
class ExpectedUtilityInvariantTest {

    @Test
    void randomScenariosStayInRangeAndAreDeterministic() {
        var rnd = new SplittableRandom(2011);
        for (int trial = 0; trial < 40; trial++) {
            int n = 2 + rnd.nextInt(12);
            var actors = new ArrayList<BdmActor>();
            for (int i = 0; i < n; i++) {
                actors.add(new BdmActor("A" + i, rnd.nextDouble(0.01, 1), Math.rint(rnd.nextDouble(0, 100)),
                        rnd.nextDouble()));
            }
            var scenario = new BdmScenario("random" + trial, actors);
            for (var params : new BdmParameters[] {BdmParameters.DEFAULTS.withMaxRounds(8),
                    new BdmParameters(8, 0.5, 0.5, BdmParameters.Capitulation.GAIN_NOT_ABOVE_LOSS,
                            BdmParameters.CompromiseChoice.LEAST_MOVE)}) {
                BdmResult r = new ExpectedUtilityModel(params).run(scenario);
                double lo = actors.stream().mapToDouble(BdmActor::position).min().orElseThrow();
                double hi = actors.stream().mapToDouble(BdmActor::position).max().orElseThrow();
                assertThat(r.rounds()).isBetween(1, 8);
                for (BdmRound round : r.roundList()) {
                    for (int i = 0; i < n; i++) {
                        assertThat(round.after()[i]).isBetween(lo, hi);
                        assertThat(round.riskExponents()[i]).isBetween(0.5 - 1e-12, 2 + 1e-12);
                    }
                    assertThat(round.mean()).isBetween(lo, hi);
                    assertThat(round.accepted().size()).isLessThanOrEqualTo(n);
                    assertThat(round.accepted().stream().map(BdmOffer::receiver).distinct().count())
                            .isEqualTo(round.accepted().size());
                }
                BdmResult again = new ExpectedUtilityModel(params).run(scenario);
                assertThat(again.finalPositionVector()).containsExactly(r.finalPositionVector());
            }
        }
    }

    @Test
    void actorsWhoAgreeConvergeAtOnce() {
        var s = new BdmScenario("agree", java.util.List.of(new BdmActor("A", 1, 5, 0.5), new BdmActor("B", 2, 5, 0.9)));
        BdmResult r = new ExpectedUtilityModel().run(s);
        assertThat(r.stopReason()).isEqualTo(StopReason.CONVERGED);
        assertThat(r.rounds()).isEqualTo(1);
        assertThat(r.converged()).isTrue();
        assertThat(r.finalMedian()).isEqualTo(5.0);
    }
}
