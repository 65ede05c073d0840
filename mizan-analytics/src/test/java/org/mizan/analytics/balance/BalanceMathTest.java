package org.mizan.analytics.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The balance formulas on hand-computed cases, and their bounds on random input. */
class BalanceMathTest {

    @Test
    void allAffinityWithTheFirstPowerIsMinusOne() {
        assertThat(BalanceMath.score(2.5, 0)).isEqualTo(-1.0);
        assertThat(BalanceMath.score(0, 1.2)).isEqualTo(1.0);
    }

    @Test
    void conflictWithTheSecondPowerAlsoLeansToTheFirst() {
        // N1 = 0.5, N2 = -1.5: (-1.5 - 0.5) / 2 = -1
        assertThat(BalanceMath.score(0.5, -1.5)).isEqualTo(-1.0);
        // N1 = -0.2, N2 = -0.6: (-0.6 + 0.2) / 0.8 = -0.5, less hostile to the first
        assertThat(BalanceMath.score(-0.2, -0.6)).isCloseTo(-0.5, within(1e-12));
        // N1 = 3, N2 = 1: (1 - 3) / 4 = -0.5
        assertThat(BalanceMath.score(3, 1)).isCloseTo(-0.5, within(1e-12));
    }

    @Test
    void noAffinityAtAllHasNoScore() {
        assertThat(BalanceMath.score(0, 0)).isNull();
        assertThat(BalanceMath.of(new double[0], new double[0], "USA", "RUS", 100, 1).leans()).isNull();
    }

    @Test
    void hedgingIsOneForEvenCooperationAndZeroForOneSided() {
        assertThat(BalanceMath.hedging(new double[] {0.4, -0.9}, new double[] {0.4})).isCloseTo(1.0, within(1e-12));
        assertThat(BalanceMath.hedging(new double[] {0.4}, new double[] {-0.3})).isCloseTo(0.0, within(1e-12));
        // C1 = 0.3, C2 = 0.9: 1 - 0.6 / 1.2 = 0.5
        assertThat(BalanceMath.hedging(new double[] {0.3}, new double[] {0.4, 0.5})).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void leaningUsesTheNeutralBandAndTheIntervalHoldsTheScore() {
        BalanceScore s = BalanceMath.of(new double[] {0.7, 0.4, 0.3, -0.1}, new double[] {0.2}, "USA", "RUS", 1000, 42);
        assertThat(s.score()).isCloseTo((0.2 - 1.3) / 1.5, within(1e-12));
        assertThat(s.leans()).isEqualTo("USA");
        assertThat(s.ciLow()).isLessThanOrEqualTo(s.score());
        assertThat(s.ciHigh()).isGreaterThanOrEqualTo(s.score());
        assertThat(s.n()).isEqualTo(5);
        assertThat(BalanceMath.of(new double[] {0.5}, new double[] {0.55}, "USA", "RUS", 10, 1).leans()).isEqualTo("balanced");
    }

    @Test
    void sameSeedSameInterval() {
        double[] a = {0.7, -0.2, 0.1, 0.4};
        double[] b = {0.3, 0.1, -0.5};
        assertThat(BalanceMath.of(a, b, "X", "Y", 500, 9)).isEqualTo(BalanceMath.of(a, b, "X", "Y", 500, 9));
    }

    @Property(tries = 200)
    void scoreAndHedgingStayInTheirRanges(@ForAll @Size(max = 20) double[] first,
                                          @ForAll @Size(max = 20) double[] second) {
        for (double[] w : new double[][] {first, second}) {
            for (int i = 0; i < w.length; i++) {
                w[i] = Double.isFinite(w[i]) ? Math.max(-1, Math.min(1, w[i])) : 0;
            }
        }
        BalanceScore s = BalanceMath.of(first, second, "A", "B", 50, 3);
        if (s.score() != null) {
            assertThat(s.score()).isBetween(-1.0, 1.0);
            assertThat(s.ciLow()).isBetween(-1.0, 1.0);
            assertThat(s.ciHigh()).isBetween(-1.0, 1.0);
        }
        if (s.hedging() != null) {
            assertThat(s.hedging()).isBetween(0.0, 1.0);
        }
    }
}
