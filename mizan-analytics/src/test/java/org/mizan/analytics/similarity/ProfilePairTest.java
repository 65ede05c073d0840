package org.mizan.analytics.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfilePairTest {

    @Test
    void buildsFromMapsOverTheUnionOfThirdStates() {
        ProfilePair pair = ProfilePair.fromMaps(Map.of("RUS", -0.5, "CHN", 0.25), Map.of("RUS", 0.5, "IND", 1.0),
                0.0, -1, 1);
        assertThat(pair.thirdStates()).containsExactly("CHN", "IND", "RUS");
        assertThat(pair.first()).containsExactly(0.25, 0.0, -0.5);
        assertThat(pair.second()).containsExactly(0.0, 1.0, 0.5);
        assertThat(pair.weights()).containsExactly(1.0, 1.0, 1.0);
    }

    @Test
    void isImmutable() {
        double[] x = {0.5};
        ProfilePair pair = ProfilePair.of(x, new double[] {0}, -1, 1);
        x[0] = 1;
        pair.first()[0] = 1;
        assertThat(pair.first()).containsExactly(0.5);
    }

    @Test
    void rejectsInvalidProfiles() {
        assertThatThrownBy(() -> ProfilePair.of(new double[] {0}, new double[] {0, 1}, -1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProfilePair.of(new double[0], new double[0], -1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProfilePair.of(new double[] {2}, new double[] {0}, -1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProfilePair.of(new double[] {0}, new double[] {0}, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProfilePair.of(new double[] {0}, new double[] {0}, new double[] {0}, -1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProfilePair.of(new double[] {0}, new double[] {0}, new double[] {-1}, -1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
