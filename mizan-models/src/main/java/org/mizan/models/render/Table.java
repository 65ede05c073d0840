package org.mizan.models.render;

import java.util.List;

/**
 * A named rectangular table of plain values (String, Number, Boolean; {@code null} for empty cells).
 *
 * @param name    file-friendly name, e.g. {@code positions}
 * @param columns column headers
 * @param rows    rows, each as long as {@code columns}
 */
public record Table(String name, List<String> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException(name + ": row of " + r.size() + " cells, expected " + columns.size());
            }
        }
    }

    /** Formats a cell: numbers to at most 15 significant digits without trailing zeros. */
    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return d.isNaN() ? "" : d.toString();
            }
            if (d == 0) {
                return "0";
            }
            return new java.math.BigDecimal(d).round(new java.math.MathContext(15)).stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }
}
