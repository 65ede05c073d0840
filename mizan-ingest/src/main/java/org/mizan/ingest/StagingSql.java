package org.mizan.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mizan.ingest.format.DatasetFormat;

/**
 * Builds the SQL an import runs for one format: read the file with DuckDB's CSV reader (every column as
 * text, bad lines to a rejects table), number the rows, check them, and project the good ones onto the
 * target table. Kept apart from {@link Importer} so the SQL can be read and tested on its own.
 */
final class StagingSql {

    private StagingSql() {
    }

    /** Stages {@code path} into temp table {@code stage}: rn, reason, _id, raw and the projected columns. */
    static String stage(DatasetFormat f, String path, boolean gzip) {
        List<String> select = new ArrayList<>();
        // DuckDB's streaming row_number() over an order-preserving scan numbers rows in file order; that
        // number, with the reader's rejected lines, gives each row its file line (see rejectPositions).
        select.add("row_number() OVER () AS rn");
        String reason = reason(f);
        select.add(reason + " AS reason");
        select.add(f.idExpr() + " AS _id");
        select.add("CASE WHEN " + reason + " IS NOT NULL THEN left(concat_ws(chr(" + (int) f.delimiter() + "), "
                + String.join(", ", f.columns().stream().map(DatasetFormat::col).toList()) + "), 500) END AS raw");
        for (Map.Entry<String, String> e : f.projection().entrySet()) {
            select.add(e.getValue() + " AS " + e.getKey());
        }
        return "CREATE OR REPLACE TEMP TABLE stage AS SELECT " + String.join(",\n  ", select)
                + "\nFROM " + readCsv(f, path, gzip);
    }

    static String readCsv(DatasetFormat f, String path, boolean gzip) {
        StringBuilder cols = new StringBuilder("{");
        for (int i = 0; i < f.columns().size(); i++) {
            if (i > 0) {
                cols.append(", ");
            }
            cols.append('\'').append(f.columns().get(i).replace("'", "''")).append("': 'VARCHAR'");
        }
        cols.append('}');
        return "read_csv('" + path.replace("'", "''") + "', delim = '" + escape(f.delimiter()) + "', header = "
                + f.header() + ", quote = '" + (f.quoted() ? "\"" : "") + "', escape = '" + (f.quoted() ? "\"" : "")
                + "', columns = " + cols + ", auto_detect = false, store_rejects = true,"
                + " rejects_table = 'csv_rejects', rejects_scan = 'csv_scans', max_line_size = 4194304,"
                + " null_padding = " + (f.minColumns() < f.columns().size()) + ", parallel = true"
                + (gzip ? ", compression = 'gzip'" : "") + ")";
    }

    /** SQL yielding the first failed check's message, or NULL for a good row. */
    static String reason(DatasetFormat f) {
        StringBuilder sb = new StringBuilder("CASE");
        if (f.minColumns() < f.columns().size()) {
            String last = DatasetFormat.col(f.columns().get(f.minColumns() - 1));
            sb.append(" WHEN ").append(last).append(" IS NULL THEN 'truncated line: fewer than ")
                    .append(f.minColumns()).append(" fields'");
        }
        for (DatasetFormat.Check c : f.checks()) {
            sb.append(" WHEN NOT coalesce(").append(c.condition()).append(", false) THEN ").append(c.reason());
        }
        return sb.append(" END").toString();
    }

    /**
     * Inserts the good, new rows of {@code stage} into the target table; {@code ?} = batch, file.
     * {@code csvRejects} and {@code repeatedIds} say whether the costlier line arithmetic and in-file
     * de-duplication are needed at all.
     */
    static String insertGood(DatasetFormat f, int headerLines, boolean csvRejects, boolean repeatedIds) {
        List<String> cols = new ArrayList<>(f.projection().keySet());
        if (f.target().equals("mentions")) {
            cols.add(0, "_id AS id");
        } else {
            cols.add("'" + f.dataset() + "' AS dataset");
        }
        return "INSERT INTO " + f.target() + " BY NAME SELECT " + String.join(", ", cols)
                + ", ?::BIGINT AS batch, ?::VARCHAR AS file, " + line(headerLines, csvRejects) + " AS line"
                + " FROM stage s WHERE reason IS NULL"
                + " AND NOT EXISTS (SELECT 1 FROM " + f.target() + " t WHERE t.id = s._id)"
                + (repeatedIds ? " QUALIFY row_number() OVER (PARTITION BY _id ORDER BY rn) = 1" : "");
    }

    /** SQL for the file line of staged row {@code rn}: see {@link #rejectPositions}. */
    static String line(int headerLines, boolean csvRejects) {
        return "rn + " + headerLines + (csvRejects ? " + (SELECT count(*) FROM csv_reject_pos p WHERE p.pos < rn)" : "");
    }

    /**
     * Positions of the CSV reader's rejected lines among accepted rows: the j-th rejected line (0-based) at
     * file line L has L - header - 1 - j accepted rows before it, so an accepted row numbered rn lies
     * after every rejected line whose position is below rn.
     */
    static String rejectPositions(int headerLines) {
        return "CREATE OR REPLACE TEMP TABLE csv_reject_pos AS SELECT line - " + headerLines
                + " - 1 - (row_number() OVER (ORDER BY line) - 1) AS pos FROM (SELECT DISTINCT line FROM csv_rejects)";
    }

    /** Rejects from the CSV reader (one per line) and from the checks; {@code ?} = batch, file, batch, file. */
    static String insertRejects(int headerLines) {
        return "INSERT INTO rejects SELECT ?::BIGINT, ?::VARCHAR, line, reason, raw FROM ("
                + " SELECT line, arg_min(lower(error_type) || ': ' || error_message, column_idx) AS reason,"
                + " left(arg_min(csv_line, column_idx), 500) AS raw FROM csv_rejects GROUP BY line)"
                + " UNION ALL SELECT ?::BIGINT, ?::VARCHAR, " + line(headerLines, true) + ", reason, raw"
                + " FROM stage WHERE reason IS NOT NULL";
    }

    private static String escape(char c) {
        return c == '\t' ? "\\t" : String.valueOf(c);
    }
}
