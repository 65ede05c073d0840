package org.mizan.models.sweep;

import java.util.ArrayList;
import java.util.List;
import org.mizan.models.ModelResult;
import org.mizan.models.bdm.BdmResult;
import org.mizan.models.render.Table;
import org.mizan.models.smp.SmpResult;

/**
 * The runs of a sweep, one per grid value in grid order.
 *
 * @param sweep   what was varied
 * @param results one result per grid value
 */
public record SweepResult(Sweep sweep, List<ModelResult> results) {

    public SweepResult {
        results = List.copyOf(results);
    }

    /**
     * One row per grid point: the value, rounds, stop reason, then per dimension the median and the
     * weighted mean of the final positions (BDM: its own median and mean), then every actor's final
     * position on every dimension.
     */
    public Table table() {
        ModelResult first = results.get(0);
        var cols = new ArrayList<>(List.of("Value", "Rounds", "Stop"));
        for (String d : first.dimensions()) {
            cols.add("Median_" + d);
            cols.add("Mean_" + d);
        }
        for (String a : first.actors()) {
            for (String d : first.dimensions()) {
                cols.add(first.dimensions().size() == 1 ? a : a + "_" + d);
            }
        }
        var rows = new ArrayList<List<Object>>();
        double[] values = sweep.values();
        for (int g = 0; g < results.size(); g++) {
            ModelResult r = results.get(g);
            var row = new ArrayList<Object>(List.of(values[g], r.rounds(), r.stopReason().name()));
            double[][] p = r.finalPositions();
            for (int k = 0; k < r.dimensions().size(); k++) {
                row.add(median(r, k));
                row.add(mean(r, k));
            }
            for (double[] actor : p) {
                for (double x : actor) {
                    row.add(x);
                }
            }
            rows.add(row);
        }
        return new Table("sweep", cols, rows);
    }

    private static double median(ModelResult r, int k) {
        if (r instanceof BdmResult b) {
            return b.finalMedian();
        }
        SmpResult s = (SmpResult) r;
        double[][] p = s.finalPositions();
        Integer[] order = new Integer[p.length];
        double total = 0;
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
            total += weight(s, i, k);
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(p[a][k], p[b][k]));
        double cum = 0;
        for (Integer i : order) {
            cum += weight(s, i, k);
            if (cum >= total / 2) {
                return p[i][k];
            }
        }
        return p[order[order.length - 1]][k];
    }

    private static double mean(ModelResult r, int k) {
        return r instanceof BdmResult b ? b.finalMean() : ((SmpResult) r).finalMean()[k];
    }

    private static double weight(SmpResult s, int i, int k) {
        var a = s.scenario().actors().get(i);
        return a.capability() * a.salience()[k];
    }
}
