package org.mizan.ingest.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.mizan.core.actor.ActorCodes;
import org.mizan.core.actor.Countries;
import org.mizan.core.actor.Fips;
import org.mizan.core.cameo.CameoEventType;
import org.mizan.core.cameo.CameoOntology;
import org.mizan.core.io.TsvResource;

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
    private static final Map<String, String> QUAD = new LinkedHashMap<>();
    /** PLOVER type -> the CAMEO root of every code mapped to it, where that root is one. */
    private static final Map<String, String> ONE_ROOT = new LinkedHashMap<>();
    private static final Map<String, String> ROLES = new LinkedHashMap<>();
    /** ICEWS sector -> "priority:role", the priority its role's lowest among all sectors (zero-padded). */
    private static final Map<String, String> SECTOR_KEYS = new LinkedHashMap<>();

    static {
        Map<String, Set<String>> roots = new LinkedHashMap<>();
        for (CameoEventType t : CameoOntology.get().all()) {
            PLOVER_TYPE.put(t.code(), t.ploverType());
            PLOVER_MODE.put(t.code(), t.ploverMode());
            QUAD.put(t.code(), Integer.toString(t.quad()));
            if (t.ploverType() != null) {
                roots.computeIfAbsent(t.ploverType(), k -> new TreeSet<>()).add(t.root());
            }
        }
        roots.forEach((type, r) -> ONE_ROOT.put(type, r.size() == 1 ? r.iterator().next() : null));
        ActorCodes.roles().forEach(r -> ROLES.put(r, r));
        List<String[]> sectors = TsvResource.rows(Lookups.class, "icews-sectors.tsv");
        Map<String, Integer> first = new HashMap<>();
        sectors.forEach(r -> first.merge(r[1], Integer.parseInt(r[2]), Math::min));
        sectors.forEach(r -> SECTOR_KEYS.put(r[0], String.format(Locale.ROOT, "%03d:%s", first.get(r[1]), r[1])));
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

    /** SQL: the quad class (TINYINT) of CAMEO code {@code code}. */
    public static String quad(String code) {
        return "try_cast(" + lookup(QUAD, code) + " AS TINYINT)";
    }

    /** SQL: the CAMEO root shared by every code of PLOVER type {@code type}; NULL when they have several. */
    public static String rootOfPloverType(String type) {
        return lookup(ONE_ROOT, type);
    }

    /** SQL: {@code code} when it is a CAMEO role code (GOV, MIL ...), else NULL. */
    public static String role(String code) {
        return lookup(ROLES, code);
    }

    /** SQL: the ISO3 code of a country name or short form ("Russian Federation"), any case; else NULL. */
    public static String countryByName(String name) {
        return lookup(Countries.nameTable(), "lower(" + name + ")");
    }

    /**
     * SQL: the CAMEO roles of a comma-separated ICEWS sector list ("Military,Government" -> [MIL, GOV]),
     * each once, the primary first (icews-sectors.tsv); empty when no sector has a role.
     */
    public static String icewsRoles(String sectors) {
        return "list_transform(list_sort(list_distinct(list_filter(list_transform(string_split(" + sectors
                + ", ','), lambda s: " + lookup(SECTOR_KEYS, "s") + "), lambda k: k IS NOT NULL))),"
                + " lambda k: substr(k, 5))";
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
