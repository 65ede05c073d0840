package org.mizan.ingest.format;

import java.util.List;
import java.util.Map;

/**
 * How one public dataset's delimited files map onto Mizan's tables.
 *
 * <p>A format is data, not code: the file layout (delimiter, header, column names) and, for each target
 * column, a DuckDB SQL expression over the file's columns (quoted by name, all read as VARCHAR), plus the
 * row checks whose failure sends a row to the rejects table with a reason. The {@code Importer} runs every
 * format the same way, so all formats share one tested path for counts, rejects and idempotency.
 *
 * @param name        the format's name on the command line (gdelt2, icews ...)
 * @param dataset     the dataset name stored with each event (gdelt1, gdelt2, icews ...)
 * @param delimiter   field separator
 * @param header      whether the first line is a header to skip
 * @param quoted      whether fields may be quoted with '"' (GDELT's are never quoted)
 * @param columns     the file's columns in order
 * @param minColumns  the fewest columns a row may have (fewer is a truncated line); equals columns.size()
 *                    unless the format has variants with trailing columns (GDELT 1.0: 57 or 58)
 * @param target      the table rows go to: {@code events} or {@code mentions}
 * @param idExpr      SQL for the row's identity in the target table (used for de-duplication)
 * @param projection  target column -> SQL expression; target columns not named are NULL
 * @param checks      rules every row must pass, in order; the first failing rule is the reason
 */
public record DatasetFormat(String name, String dataset, char delimiter, boolean header, boolean quoted,
                            List<String> columns, int minColumns, String target, String idExpr,
                            Map<String, String> projection, List<Check> checks) {

    /**
     * A row rule: {@code condition} is SQL that is true for a good row; {@code reason} is SQL yielding the
     * message for a bad one (it may quote the offending value).
     */
    public record Check(String condition, String reason) {
    }

    /** A column reference, quoted for SQL. */
    public static String col(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** SQL: the column as text, NULL when empty or a dataset's "NA". */
    public static String text(String name) {
        return "nullif(nullif(trim(" + col(name) + "), ''), 'NA')";
    }

    /** A check that a column, when present, parses with {@code cast}; reason quotes the value. */
    public static Check numeric(String name, String type) {
        return new Check(text(name) + " IS NULL OR try_cast(" + text(name) + " AS " + type + ") IS NOT NULL",
                "'bad number in " + name + ": ''' || " + col(name) + " || ''''");
    }

    /** A check that a column is present. */
    public static Check required(String name) {
        return new Check(text(name) + " IS NOT NULL", "'missing " + name + "'");
    }
}
