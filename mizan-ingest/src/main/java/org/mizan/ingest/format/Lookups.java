package org.mizan.ingest.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mizan.core.actor.Countries;
import org.mizan.core.actor.Fips;
import org.mizan.core.cameo.CameoEventType;
import org.mizan.core.cameo.CameoOntology;

/**
 * Lookups into Mizan's reference data written as row-local SQL, so a format that uses them needs no join.
 *
 * <p>Why: a join (or a scalar subquery, which DuckDB plans as one) lets DuckDB reorder rows, and then the
 * import must number rows with a single-threaded {@code row_number()} to keep each row's file line. A
 * row-local lookup keeps the whole scan parallel and in file order. The key is cast to an ENUM of the
 * table's keys (a hash lookup; NULL when absent) and its position picks the value from a list.
 */
public final class Lookups {

    private static final Map<String, String> PLOVER_TYPE = new LinkedHashMap<>();
    private static final Map<String, String> PLOVER_MODE = new LinkedHashMap<>();

    static {
        for (CameoEventType t : CameoOntology.get().all()) {
            PLOVER_TYPE.put(t.code(), t.ploverType());
            PLOVER_MODE.put(t.code(), t.ploverMode());
        }
    }

    private Lookups() {
    }

    /** SQL: true when {@code code} is a CAMEO event code, NULL when it is NULL. */
    public static String isCameoCode(String code) {
        return "(" + enumCast(PLOVER_TYPE, code) + " IS NOT NULL)";
    }

    /** SQL: the PLOVER event type of CAMEO code {@code code}. */
    public static String ploverType(String code) {
        return lookup(PLOVER_TYPE, code);
    }

    /** SQL: the PLOVER mode of CAMEO code {@code code}. */
    public static String ploverMode(String code) {
        return lookup(PLOVER_MODE, code);
    }

    /** SQL: the ISO3 code of FIPS 10-4 country code {@code fips}. */
    public static String fipsToIso3(String fips) {
        return lookup(Fips.table(), fips);
    }

    /** SQL: the ISO3 code for a legacy CAMEO country code, NULL for any other code. */
    public static String legacyToIso3(String code) {
        return lookup(Countries.legacyTable(), code);
    }

    /** SQL: {@code table}'s value for key {@code key}; NULL when the key is NULL or absent. */
    static String lookup(Map<String, String> table, String key) {
        if (table.isEmpty()) {
            return "NULL::VARCHAR";
        }
        List<String> values = new ArrayList<>();
        table.values().forEach(v -> values.add(quote(v)));
        return "([" + String.join(", ", values) + "]::VARCHAR[])[enum_code(" + enumCast(table, key) + ") + 1]";
    }

    private static String enumCast(Map<String, String> table, String key) {
        return "try_cast(" + key + " AS ENUM(" + table.keySet().stream().map(Lookups::quote)
                .collect(Collectors.joining(", ")) + "))";
    }

    private static String quote(String s) {
        return s == null ? "NULL" : "'" + s.replace("'", "''") + "'";
    }
}
