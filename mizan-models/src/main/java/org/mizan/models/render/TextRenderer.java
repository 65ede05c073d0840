package org.mizan.models.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mizan.models.ModelResult;
import org.mizan.models.bdm.BdmResult;
import org.mizan.models.bdm.BdmRound;
import org.mizan.models.smp.SmpResult;
import org.mizan.models.smp.SmpTurn;

/**
 * A human-readable report: a summary, then each actor's position over the rounds (one column per round
 * or turn, two decimals), then the outcome. Any {@link Table} can also be printed with aligned columns.
 */
public final class TextRenderer {

    private TextRenderer() {
    }

    public static String render(ModelResult r) {
        var sb = new StringBuilder();
        sb.append("Model:       ").append(r.model()).append('\n');
        sb.append("Scenario:    ").append(JsonRenderer.scenarioName(r)).append('\n');
        sb.append("Actors:      ").append(r.actors().size()).append(", dimensions: ").append(r.dimensions().size()).append('\n');
        sb.append(r.model().equals("bdm") ? "Rounds:      " : "Turns:       ").append(r.rounds()).append('\n');
        sb.append("Stopped:     ").append(describe(r)).append("\n\n");
        var cols = new ArrayList<String>(List.of("Actor"));
        var rows = new ArrayList<List<Object>>();
        if (r instanceof BdmResult b) {
            cols.add("0");
            b.roundList().forEach(x -> cols.add(Integer.toString(x.round())));
            for (int i = 0; i < b.actors().size(); i++) {
                var row = new ArrayList<Object>(List.of(b.actors().get(i), f(b.scenario().actors().get(i).position())));
                for (BdmRound x : b.roundList()) {
                    row.add(f(x.after()[i]));
                }
                rows.add(row);
            }
            var med = new ArrayList<Object>(List.of("(median)", f(b.startMedian())));
            var mean = new ArrayList<Object>(List.of("(mean)", f(b.startMean())));
            b.roundList().forEach(x -> { med.add(f(x.median())); mean.add(f(x.mean())); });
            rows.add(med);
            rows.add(mean);
        } else {
            SmpResult s = (SmpResult) r;
            cols.add("Dim");
            s.turns().forEach(t -> cols.add(Integer.toString(t.turn())));
            for (int i = 0; i < s.actors().size(); i++) {
                for (int k = 0; k < s.dimensions().size(); k++) {
                    var row = new ArrayList<Object>(List.of(s.actors().get(i), s.dimensions().get(k)));
                    for (SmpTurn t : s.turns()) {
                        row.add(f(t.positions()[i][k]));
                    }
                    rows.add(row);
                }
            }
        }
        sb.append(render(new Table("history", cols, rows)));
        if (r instanceof SmpResult s) {
            sb.append("\nWeighted mean of final positions:");
            double[] m = s.finalMean();
            for (int k = 0; k < m.length; k++) {
                sb.append(' ').append(s.dimensions().get(k)).append('=').append(f(m[k]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String describe(ModelResult r) {
        String base = switch (r.stopReason()) {
            case CONVERGED -> "converged";
            case CYCLE -> "did not converge: positions cycle";
            case ROUND_LIMIT -> "did not converge: round limit reached";
        };
        if (r instanceof BdmResult b && !b.oscillating().isEmpty()) {
            base += " (oscillating: " + String.join(", ", b.oscillating()) + ")";
        }
        if (r instanceof BdmResult b) {
            base += "; final median " + f(b.finalMedian()) + ", mean " + f(b.finalMean());
        }
        return base;
    }

    private static String f(double x) {
        return String.format(Locale.ROOT, "%.2f", x);
    }

    /** A table with left-aligned text and right-aligned numbers. */
    public static String render(Table t) {
        int[] width = new int[t.columns().size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = t.columns().get(c).length();
            for (List<Object> row : t.rows()) {
                width[c] = Math.max(width[c], Table.cell(row.get(c)).length());
            }
        }
        var sb = new StringBuilder();
        line(sb, new ArrayList<>(t.columns()), width);
        for (List<Object> row : t.rows()) {
            line(sb, row, width);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<?> cells, int[] width) {
        for (int c = 0; c < cells.size(); c++) {
            String s = Table.cell(cells.get(c));
            boolean numeric = cells.get(c) instanceof Number || s.matches("-?\\d+(\\.\\d+)?");
            String pad = " ".repeat(width[c] - s.length());
            sb.append(c == 0 ? "" : "  ").append(numeric ? pad + s : s + (c + 1 < cells.size() ? pad : ""));
        }
        sb.append('\n');
    }
}
