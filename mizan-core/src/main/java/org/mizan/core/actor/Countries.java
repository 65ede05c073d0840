package org.mizan.core.actor;

import org.mizan.core.io.TsvResource;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names and codes: ISO 3166 alpha-3 is Mizan's canonical country code.
 *
 * <p>Names resolve through, in order, the dataset aliases ({@code country-aliases.tsv}: "Russian Federation",
 * "Cote d'Ivoire" ...), the ISO names of the FIPS table, and CAMEO's labels (which also cover regions such as
 * AFR or SAS). CAMEO's legacy codes (ROM, MTN, TMP) map to their current ISO codes.
 */
public final class Countries {

    private static final Map<String, String> BY_NAME = new HashMap<>();
    private static final Map<String, String> LEGACY = new HashMap<>();
    private static final Map<String, String> NAME_OF = new HashMap<>();

    static {
        for (String[] row : TsvResource.rows(ActorCodes.class, "legacy-codes.tsv")) {
            LEGACY.put(row[0], row[1]);
        }
        for (String[] row : TsvResource.rows(ActorCodes.class, "country-aliases.tsv")) {
            BY_NAME.putIfAbsent(key(row[0]), row[1]);
        }
        for (String[] row : TsvResource.rows(ActorCodes.class, "fips-iso3.tsv")) {
            BY_NAME.putIfAbsent(key(row[3]), row[1]);
            NAME_OF.putIfAbsent(row[1], row[3]);
        }
        for (String[] row : TsvResource.rows(ActorCodes.class, "cameo-countries.tsv")) {
            String code = LEGACY.getOrDefault(row[0], row[0]);
            BY_NAME.putIfAbsent(key(row[1]), code);
            NAME_OF.putIfAbsent(code, row[1]);
        }
    }

    private Countries() {
    }

    /** ISO3 (or CAMEO region) code for a country name, or null when the name is unknown, blank or "NA". */
    public static String codeForName(String name) {
        if (name == null || name.isBlank() || name.equals("NA")) {
            return null;
        }
        return BY_NAME.get(key(name));
    }

    /** The current ISO code for a CAMEO code: legacy codes are mapped, others returned as given. */
    public static String canonical(String code) {
        return code == null ? null : LEGACY.getOrDefault(code, code);
    }

    /** A display name for an ISO3 or CAMEO region code, or null. */
    public static String name(String code) {
        return code == null ? null : NAME_OF.get(canonical(code));
    }

    /** A copy of the legacy CAMEO code -> ISO3 table (ROM -> ROU ...). */
    public static Map<String, String> legacyTable() {
        return new HashMap<>(LEGACY);
    }

    /** A copy of the name -> code table (lower-cased names), e.g. to load into the store for joins. */
    public static Map<String, String> nameTable() {
        return new HashMap<>(BY_NAME);
    }

    private static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
