package org.mizan.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mizan.ingest.format.DatasetFormat;

/**
 * Builds the SQL an import runs for one format: read the file with DuckDB's CSV reader (every column as
 * text, bad lines to a rejects table), check the rows, project the good ones onto the target table, and
 * give each its file line (as it is read, or afterwards from the order rows were appended in). Kept apart
 * from {@link Importer} so the SQL can be read and tested on its own.
 */
final class StagingSql {

    private StagingSql() {
    }

    /**
     * The numbered path: one scan of the file straight into the target table, good rows not yet stored
     * only; {@code ?} = batch, file. Lines are rn + header, corrected by {@link #fixLines} when the reader
     * rejected lines. Rows repeated within the file are removed afterwards ({@link #removeRepeats}). The
     * row number makes DuckDB run the whole scan on one thread; see {@link #insertParallel}.
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

    /**
     * Whether every expression of {@code f} is row-local (no subquery). Only then may the import take the
     * parallel path: a subquery is planned as a join, after which DuckDB no longer keeps the file order.
     */
    static boolean rowLocal(DatasetFormat f) {
        StringBuilder all = new StringBuilder(f.idExpr());
        f.projection().values().forEach(all::append);
        f.checks().forEach(c -> all.append(c.condition()).append(c.reason()));
        return !all.toString().toUpperCase(java.util.Locale.ROOT).matches("(?s).*\\bSELECT\\b.*");
    }

    /**
     * The parallel path: one scan of the file into the target table, every row that passes the checks, with
     * no line yet; {@code ?} = batch, file. With no join and no window in the plan DuckDB appends the rows in
     * file order from all threads, so {@link #numberLines} can number them from their row ids afterwards.
     * Rows already stored are removed afterwards ({@link #removeStored}), so that no join is needed here.
     */
    static String insertParallel(DatasetFormat f, String path, boolean gzip) {
        StringBuilder inner = new StringBuilder("SELECT ").append(reason(f)).append(" AS reason, ")
                .append(f.idExpr()).append(" AS _id");
        for (Map.Entry<String, String> e : f.projection().entrySet()) {
            inner.append(", ").append(e.getValue()).append(" AS ").append(e.getKey());
        }
        inner.append(" FROM ").append(readCsv(f, path, gzip));
        return "INSERT INTO " + f.target() + " BY NAME SELECT " + String.join(", ", targetColumns(f))
                + ", ?::BIGINT AS batch, ?::VARCHAR AS file FROM (" + inner + ") s WHERE reason IS NULL";
    }

    /**
     * Gives a batch inserted by {@link #insertParallel} its lines: the n-th row appended is the n-th row the
     * reader accepted; {@link #fixLines} then steps past the reader's rejected lines. {@code ?} = batch, batch.
     */
    static String numberLines(DatasetFormat f, int headerLines) {
        return "UPDATE " + f.target() + " SET line = rowid - (SELECT min(rowid) FROM " + f.target()
                + " WHERE batch = ?) + 1 + " + headerLines + " WHERE batch = ?";
    }

    /** Deletes a batch's rows whose id an earlier batch holds; {@code ?} = batch, batch. */
    static String removeStored(DatasetFormat f) {
        return "DELETE FROM " + f.target() + " WHERE batch = ? AND id IN (SELECT id FROM " + f.target()
                + " WHERE batch IS DISTINCT FROM ?)";
    }

    /**
     * {@code sql} without trim() of the file's columns, for a file whose fields have no leading or trailing
     * spaces (see {@link TextScan}): there trim("col") is "col", and skipping it saves a third of the CPU.
     */
    static String withoutTrim(String sql) {
        return sql.replaceAll("\\btrim\\(\"", "(\"");
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
     * after every rejected line whose position is below rn. {@code rejects} is the reader's table of them,
     * or the store's rejects of one batch (all the reader's on the parallel path).
     */
    static String rejectPositions(int headerLines, String rejects) {
        return "CREATE OR REPLACE TEMP TABLE csv_reject_pos AS SELECT line - " + headerLines
                + " - 1 - (row_number() OVER (ORDER BY line) - 1) AS pos FROM (SELECT DISTINCT line FROM " + rejects + ")";
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
