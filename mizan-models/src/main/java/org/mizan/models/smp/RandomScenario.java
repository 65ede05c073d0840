package org.mizan.models.smp;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic spatial scenarios in the manner of KTAB's dummy data: capabilities uniform in [10, 200],
 * positions uniform in [0, 100], and per actor a total salience uniform in [75, 99] split across the
 * dimensions in proportion to uniform [0.1, 1] draws; values rounded like KTAB's files (capability to
 * 3 decimals, positions and saliences to 2). The same arguments always give the same scenario. O(n·d).
 */
public final class RandomScenario {

    private RandomScenario() {
    }

    /** A scenario of {@code actors} actors on {@code dims} dimensions, drawn from {@code seed}. */
    public static SmpScenario generate(int actors, int dims, long seed) {
        var rnd = new SplittableRandom(seed);
        var list = new ArrayList<SmpActor>();
        for (int i = 0; i < actors; i++) {
            double cap = round(rnd.nextDouble(10, 200), 1000);
            double total = rnd.nextDouble(0.75, 0.99);
            double[] w = new double[dims];
            double sum = 0;
            for (int k = 0; k < dims; k++) {
                w[k] = rnd.nextDouble(0.1, 1.0);
                sum += w[k];
            }
            double[] pos = new double[dims];
            double[] sal = new double[dims];
            for (int k = 0; k < dims; k++) {
                pos[k] = round(rnd.nextDouble(0, 100), 100);
                // floor, not round, so the total never exceeds 100
                sal[k] = Math.floor(100 * 100 * total * w[k] / sum) / 100;
            }
            list.add(new SmpActor(String.format("SActor-%03d", i), "Random Spatial Actor", cap, pos, sal));
        }
        var dimNames = new ArrayList<String>();
        for (int k = 0; k < dims; k++) {
            dimNames.add("Pstn" + (k + 1));
        }
        return new SmpScenario("Random_" + actors + "x" + dims + "_" + seed, "synthetic, seed " + seed,
                List.copyOf(dimNames), list, null, seed, null);
    }

    private static double round(double x, double scale) {
        return Math.rint(x * scale) / scale;
    }
}
