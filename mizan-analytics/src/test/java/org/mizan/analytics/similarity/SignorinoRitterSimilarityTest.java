package org.mizan.analytics.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SignorinoRitterSimilarityTest {

    // Toward four third states: distances 0, 0, 1, 1 on a scale of width 2.
    private final ProfilePair pair = ProfilePair.of(new double[] {1, 0, -1, 0}, new double[] {1, 0, 0, 1}, -1, 1);

    @Test
    void absoluteDistance() {
        // 1 - 2 * (2 / 4) / 2
        assertThat(new SignorinoRitterSimilarity(Distance.ABSOLUTE).between(pair)).isCloseTo(0.5, within(1e-12));
        assertThat(new SignorinoRitterSimilarity().between(pair)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void squaredDistance() {
        // 1 - 2 * (2 / 4) / 2^2
        assertThat(new SignorinoRitterSimilarity(Distance.SQUARED).between(pair)).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void weightsScaleEachThirdState() {
        ProfilePair weighted = ProfilePair.of(pair.first(), pair.second(), new double[] {2, 1, 1, 0}, -1, 1);
        // sum w d = 1, sum w = 4: 1 - 2 * (1 / 4) / 2
        assertThat(new SignorinoRitterSimilarity().between(weighted)).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void oppositeEndsScoreMinusOne() {
        ProfilePair opposite = ProfilePair.of(new double[] {1, -1, 1}, new double[] {-1, 1, -1}, -1, 1);
        assertThat(new SignorinoRitterSimilarity().between(opposite)).isEqualTo(-1.0);
        assertThat(new SignorinoRitterSimilarity(Distance.SQUARED).between(opposite)).isEqualTo(-1.0);
    }

    @Test
    void allianceScaleExample() {
        // Alliance ties 0 (none) .. 3 (defence pact) toward five states: |d| = 3, 0, 1, 0, 2 -> 6 of 15.
        ProfilePair alliances = ProfilePair.of(new double[] {3, 0, 1, 3, 0}, new double[] {0, 0, 2, 3, 2}, 0, 3);
        assertThat(new SignorinoRitterSimilarity().between(alliances)).isCloseTo(1 - 2 * 6.0 / 15, within(1e-12));
        // squared: 9 + 0 + 1 + 0 + 4 = 14 of 5 * 9
        assertThat(new SignorinoRitterSimilarity(Distance.SQUARED).between(alliances))
                .isCloseTo(1 - 2 * 14.0 / 45, within(1e-12));
    }
}
