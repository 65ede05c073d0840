package org.mizan.analytics.similarity;

/**
 * Weighted mean distances between profile values: observed (between the two actors' values toward the same
 * third state) and expected by chance (between values drawn independently from the profiles' marginal
 * distributions). Expected disagreements cost O(n^2).
 */
final class Disagreement {

    private Disagreement() {
    }

    /** D_o = sum_k w_k d(x_k, y_k) / sum_k w_k. */
    static double observed(ProfilePair pair, Distance distance) {
        double sum = 0;
        double total = 0;
        for (int k = 0; k < pair.size(); k++) {
            sum += pair.weight(k) * distance.between(pair.first(k), pair.second(k));
            total += pair.weight(k);
        }
        return sum / total;
    }

    /** Cohen's chance: x and y drawn from each actor's own marginal, sum_k sum_l w_k w_l d(x_k, y_l) / W^2. */
    static double expectedSeparate(ProfilePair pair, Distance distance) {
        double sum = 0;
        double total = 0;
        for (int k = 0; k < pair.size(); k++) {
            total += pair.weight(k);
            for (int l = 0; l < pair.size(); l++) {
                sum += pair.weight(k) * pair.weight(l) * distance.between(pair.first(k), pair.second(l));
            }
        }
        return sum / (total * total);
    }

    /**
     * Scott's chance: both values drawn from the pooled marginal of the two profiles (each value weighted
     * by its third state), sum over pooled a, b of w_a w_b d(z_a, z_b) / (2W)^2.
     */
    static double expectedPooled(ProfilePair pair, Distance distance) {
        int n = pair.size();
        double sum = 0;
        double total = 0;
        for (int a = 0; a < 2 * n; a++) {
            double za = a < n ? pair.first(a) : pair.second(a - n);
            double wa = pair.weight(a % n);
            total += wa;
            for (int b = 0; b < 2 * n; b++) {
                double zb = b < n ? pair.first(b) : pair.second(b - n);
                sum += wa * pair.weight(b % n) * distance.between(za, zb);
            }
        }
        return sum / (total * total);
    }
}
