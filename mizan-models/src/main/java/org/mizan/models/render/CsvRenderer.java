package org.mizan.models.render;

import java.util.List;
import org.mizan.models.ModelResult;

/**
 * RFC 4180 CSV: a header line, then one line per row; cells containing a comma, quote or newline are
 * quoted. {@link #render(ModelResult)} gives the positions table (for SMP in KTAB's
 * {@code Turn_t,Actor,Dim,Pos_Coord,Idl_Coord} layout).
 */
public final class CsvRenderer {

    private CsvRenderer() {
    }

    /** The positions table of the result. */
    public static String render(ModelResult result) {
        return render(ResultTables.get(result, "positions"));
    }

    /** A table as CSV. */
    public static String render(Table table) {
        var sb = new StringBuilder();
        line(sb, table.columns());
        for (List<Object> row : table.rows()) {
            line(sb, row);
        }
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<?> cells) {
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                sb.append(',');
            }
            String s = Table.cell(cells.get(c));
            if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
                s = '"' + s.replace("\"", "\"\"") + '"';
            }
            sb.append(s);
        }
        sb.append('\n');
    }
}
