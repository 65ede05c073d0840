package org.mizan.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain fixed-width text table for terminal output; long cells are cut with an ellipsis. */
final class TextTable {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final int maxWidth;

    TextTable(int maxWidth, String... header) {
        this.header = List.of(header);
        this.maxWidth = maxWidth;
    }

    TextTable row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            String s = c == null ? "" : String.valueOf(c);
            r.add(s.length() > maxWidth ? s.substring(0, maxWidth - 1) + "…" : s);
        }
        rows.add(r);
        return this;
    }

    void print(PrintStream out) {
        int[] w = new int[header.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = header.get(i).length();
            for (List<String> r : rows) {
                w[i] = Math.max(w[i], i < r.size() ? r.get(i).length() : 0);
            }
        }
        line(out, header, w);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            rule.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
        }
        out.println(rule);
        rows.forEach(r -> line(out, r, w));
    }

    private static void line(PrintStream out, List<String> cells, int[] w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length; i++) {
            String c = i < cells.size() ? cells.get(i) : "";
            sb.append(i == 0 ? "" : "  ").append(c).append(" ".repeat(w[i] - c.length()));
        }
        out.println(sb.toString().stripTrailing());
    }
}
