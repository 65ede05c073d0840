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

    /**
     * The fast path: one scan of the file straight into the target table, good rows not yet stored only;
     * {@code ?} = batch, file. Lines are rn + header, corrected by {@link #fixLines} when the reader
     * rejected lines. Rows repeated within the file are removed afterwards ({@link #removeRepeats}).
     */
    static String insertDirect(DatasetFormat f, String path, boolean gzip, int headerLines) {
        String reason = reason(f);
        StringBuilder inner = new StringBuilder("SELECT row_number() OVER () AS rn, ").append(reason)
                .append(" AS reason, ").append(f.idExpr()).append(" AS _id");
        for (Map.Entry<String, String> e : f.projection().entrySet()) {
            inner.append(", ").append(e.getValue()).append(" AS ").append(e.getKey());
        }
        inner.append(" FROM ").append(readCsv(f, path, gzip));
        return "INSERT INTO " + f.target() + " BY NAME SELECT " + String.join(", ", targetColumns(f))
                + ", ?::BIGINT AS batch, ?::VARCHAR AS file, rn + " + headerLines + " AS line FROM (" + inner
                + ") s WHERE reason IS NULL AND NOT EXISTS (SELECT 1 FROM " + f.target() + " t WHERE t.id = s._id)";
    }

    /** Shifts the lines of a batch's rows past the reader's rejected lines; {@code ?} = batch. */
    static String fixLines(DatasetFormat f, int headerLines) {
        return "UPDATE " + f.target() + " SET line = line + (SELECT count(*) FROM csv_reject_pos p WHERE p.pos < "
                + f.target() + ".line - " + headerLines + ") WHERE batch = ?";
    }

    /** Deletes all but the first line of each id repeated within a batch; {@code ?} = batch, batch. */
    static String removeRepeats(DatasetFormat f) {
        return "DELETE FROM " + f.target() + " WHERE batch = ? AND EXISTS (SELECT 1 FROM " + f.target()
                + " t2 WHERE t2.batch = ? AND t2.id = " + f.target() + ".id AND t2.line < " + f.target() + ".line)";
    }

    private static List<String> targetColumns(DatasetFormat f) {
        List<String> cols = new ArrayList<>(f.projection().keySet());
        if (f.target().equals("mentions")) {
            cols.add(0, "_id AS id");
        } else {
            cols.add("'" + f.dataset() + "' AS dataset");
        }
        return cols;
    }

    /**
     * The slow path, for files whose counts the fast path cannot reconcile: stages every row of
     * {@code path} into temp table {@code stage} with rn, reason, _id and (for bad rows) the raw text.
     */
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

    /** SQL for the file line of staged row {@code rn}: see {@link #rejectPositions}. */
    static String line(int headerLines) {
        return "rn + " + headerLines + " + (SELECT count(*) FROM csv_reject_pos p WHERE p.pos < rn)";
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
                + " UNION ALL SELECT ?::BIGINT, ?::VARCHAR, " + line(headerLines) + ", reason, raw"
                + " FROM stage WHERE reason IS NOT NULL";
    }

    private static String escape(char c) {
        return c == '\t' ? "\\t" : String.valueOf(c);
    }
}
