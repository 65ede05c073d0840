package org.mizan.analytics.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ChanceCorrectedSimilarityTest {

    private final ProfilePair pair = ProfilePair.of(new double[] {1, 0, -1, 0}, new double[] {1, 0, 0, 1}, -1, 1);

    @Test
    void kappaSquared() {
        // D_o = 0.5; D_e = var(x) + var(y) + (mean x - mean y)^2 = 0.5 + 0.25 + 0.25 = 1
        assertThat(new CohenKappaSimilarity().between(pair)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void piSquared() {
        // Pooled values 1,0,-1,0,1,0,0,1: mean 1/4, variance 7/16, D_e = 2 * 7/16 = 7/8; pi = 1 - 0.5 / (7/8)
        assertThat(new ScottPiSimilarity().between(pair)).isCloseTo(3.0 / 7, within(1e-12));
    }

    @Test
    void kappaAbsolute() {
        // D_e = (2 + 2 + 6 + 2) / 16 = 3/4
        assertThat(new CohenKappaSimilarity(Distance.ABSOLUTE).between(pair)).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void piAbsolute() {
        // Pooled: three 1s, four 0s, one -1; ordered pairs at distance 1: 24 + 8, at distance 2: 6: 44 / 64
        assertThat(new ScottPiSimilarity(Distance.ABSOLUTE).between(pair)).isCloseTo(3.0 / 11, within(1e-12));
    }

    @Test
    void kappaEqualsWeightedKappaFromAContingencyTable() {
        // Cohen's (1968) weighted kappa over categories 0..3 with squared disagreement weights.
        double[] x = {3, 0, 0, 1, 2, 0, 0, 3, 0, 1};
        double[] y = {3, 0, 1, 1, 0, 0, 2, 3, 0, 0};
        double[][] table = new double[4][4];
        for (int k = 0; k < x.length; k++) {
            table[(int) x[k]][(int) y[k]] += 1.0 / x.length;
        }
        double observed = 0;
        double expected = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double row = 0;
                double column = 0;
                for (int t = 0; t < 4; t++) {
                    row += table[i][t];
                    column += table[t][j];
                }
                observed += (i - j) * (i - j) * table[i][j];
                expected += (i - j) * (i - j) * row * column;
            }
        }
        assertThat(new CohenKappaSimilarity().between(ProfilePair.of(x, y, 0, 3)))
                .isCloseTo(1 - observed / expected, within(1e-12));
    }

    @Test
    void chanceCorrectionPenalisesSharedIndifference() {
        // Both states neutral toward most of the world and disagreeing on the two they care about: S is
        // high, pi and kappa are negative.
        double[] a = {0, 0, 0, 0, 0, 0, 0, 0, 1, -1};
        double[] b = {0, 0, 0, 0, 0, 0, 0, 0, -1, 1};
        ProfilePair pair = ProfilePair.of(a, b, -1, 1);
        assertThat(new SignorinoRitterSimilarity().between(pair)).isCloseTo(0.6, within(1e-12));
        assertThat(new ScottPiSimilarity().between(pair)).isLessThan(0);
        assertThat(new CohenKappaSimilarity().between(pair)).isLessThan(0);
    }

    @Test
    void constantIdenticalProfilesAreUndefined() {
        ProfilePair flat = ProfilePair.of(new double[] {0, 0, 0}, new double[] {0, 0, 0}, -1, 1);
        assertThat(new ScottPiSimilarity().between(flat)).isNaN();
        assertThat(new CohenKappaSimilarity().between(flat)).isNaN();
        assertThat(new SignorinoRitterSimilarity().between(flat)).isEqualTo(1.0);
    }
}
