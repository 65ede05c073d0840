package org.mizan.analytics.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

class SimilarityPropertiesTest {

    private static final List<ForeignPolicySimilarity> ALL = List.of(
            new SignorinoRitterSimilarity(Distance.ABSOLUTE), new SignorinoRitterSimilarity(Distance.SQUARED),
            new ScottPiSimilarity(Distance.ABSOLUTE), new ScottPiSimilarity(Distance.SQUARED),
            new CohenKappaSimilarity(Distance.ABSOLUTE), new CohenKappaSimilarity(Distance.SQUARED));

    @Property
    void identicalProfilesScoreOne(@ForAll("pairs") ProfilePair pair) {
        ProfilePair self = ProfilePair.of(pair.first(), pair.first(), pair.weights(), pair.min(), pair.max());
        for (ForeignPolicySimilarity measure : ALL) {
            double value = measure.between(self);
            if (!Double.isNaN(value)) {
                assertThat(value).as("%s", measure).isCloseTo(1.0, within(1e-12));
            }
        }
        assertThat(new SignorinoRitterSimilarity().between(self)).isEqualTo(1.0);
    }

    @Property
    void symmetricInTheTwoActors(@ForAll("pairs") ProfilePair pair) {
        for (ForeignPolicySimilarity measure : ALL) {
            double forward = measure.between(pair);
            double backward = measure.between(pair.swapped());
            if (Double.isNaN(forward)) {
                assertThat(backward).isNaN();
            } else {
                assertThat(backward).as("%s", measure).isCloseTo(forward, within(1e-12));
            }
        }
    }

    @Property
    void boundedAboveByOneAndSWithinMinusOneToOne(@ForAll("pairs") ProfilePair pair) {
        for (ForeignPolicySimilarity measure : ALL) {
            double value = measure.between(pair);
            if (!Double.isNaN(value)) {
                assertThat(value).as("%s", measure).isLessThanOrEqualTo(1.0 + 1e-12);
            }
        }
        for (Distance d : Distance.values()) {
            assertThat(new SignorinoRitterSimilarity(d).between(pair)).isBetween(-1.0 - 1e-12, 1.0 + 1e-12);
        }
    }

    @Property
    void invariantUnderRescalingTheValues(@ForAll("pairs") ProfilePair pair,
                                          @ForAll @DoubleRange(min = 0.1, max = 10) double scale,
                                          @ForAll @DoubleRange(min = -5, max = 5) double shift) {
        ProfilePair moved = ProfilePair.of(affine(pair.first(), scale, shift), affine(pair.second(), scale, shift),
                pair.weights(), pair.min() * scale + shift, pair.max() * scale + shift);
        for (ForeignPolicySimilarity measure : ALL) {
            double before = measure.between(pair);
            double after = measure.between(moved);
            if (!Double.isNaN(before) && !Double.isNaN(after)) {
                assertThat(after).as("%s", measure).isCloseTo(before, within(1e-6 * (1 + Math.abs(before))));
            }
        }
    }

    @Provide
    Arbitrary<ProfilePair> pairs() {
        Arbitrary<Integer> sizes = Arbitraries.integers().between(1, 25);
        return sizes.flatMap(n -> {
            Arbitrary<double[]> values = Arbitraries.doubles().between(-1, 1).array(double[].class).ofSize(n);
            Arbitrary<double[]> weights = Arbitraries.doubles().between(0.1, 5).array(double[].class).ofSize(n);
            return Combinators.combine(values, values, weights).as((x, y, w) -> ProfilePair.of(x, y, w, -1, 1));
        });
    }

    private static double[] affine(double[] values, double scale, double shift) {
        double[] out = new double[values.length];
        for (int k = 0; k < values.length; k++) {
            out[k] = values[k] * scale + shift;
        }
        return out;
    }
}
