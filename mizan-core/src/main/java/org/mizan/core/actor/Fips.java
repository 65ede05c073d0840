package org.mizan.core.actor;

import org.mizan.core.io.TsvResource;

import java.util.HashMap;
import java.util.Map;

/** FIPS 10-4 country codes, which GDELT's geography fields use (PK, RS, CH ...), mapped to ISO 3166 alpha-3. */
public final class Fips {

    private static final Map<String, String> TO_ISO3 = new HashMap<>();

    static {
        for (String[] row : TsvResource.rows(ActorCodes.class, "fips-iso3.tsv")) {
            TO_ISO3.put(row[0], row[1]);
        }
    }

    private Fips() {
    }

    /** The ISO3 code for a FIPS 10-4 code, or null when unknown or blank. */
    public static String toIso3(String fips) {
        return fips == null ? null : TO_ISO3.get(fips.trim());
    }

    /** A copy of the whole table, e.g. to load into the store for set-based joins. */
    public static Map<String, String> table() {
        return new HashMap<>(TO_ISO3);
    }
}
