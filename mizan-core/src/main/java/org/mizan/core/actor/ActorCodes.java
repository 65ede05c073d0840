package org.mizan.core.actor;

import org.mizan.core.io.TsvResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mizan.core.event.Actor;

/**
 * The CAMEO actor-code grammar: a code is a run of three-letter parts, a country or region first where
 * there is one, then known groups and roles ({@code PAKGOVMIL} = Pakistan, government, military;
 * {@code IGOWSTIMF} = inter-governmental organisation, the West, IMF).
 *
 * <p>Parsing is tolerant, as real data needs it to be: GDELT uses ROU and MNE where CAMEO's table has the
 * legacy ROM and MTN, so any three-letter part in first position that is not a role or known group is taken
 * as a country code. Code tables come from the CAMEO codebook (docs/ONTOLOGY.md).
 */
public final class ActorCodes {

    private static final Map<String, String> ROLES = TsvResource.labels(ActorCodes.class, "roles.tsv");
    private static final Map<String, String> KNOWN_GROUPS = TsvResource.labels(ActorCodes.class, "known-groups.tsv");
    private static final Map<String, String> COUNTRIES = TsvResource.labels(ActorCodes.class, "cameo-countries.tsv");

    private ActorCodes() {
    }

    /** Parses a CAMEO actor code into its parts; {@code name} is kept as the name as written. */
    public static Actor parse(String code, String name) {
        if (code == null || code.isBlank()) {
            return name == null || name.isBlank() ? null : new Actor(null, null, null, List.of(), name);
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        String country = null;
        String group = null;
        List<String> roles = new ArrayList<>();
        for (int i = 0; i + 3 <= c.length(); i += 3) {
            String part = c.substring(i, i + 3);
            if (i == 0 && isCountryLike(part)) {
                country = part;
            } else if (KNOWN_GROUPS.containsKey(part) && group == null && !ROLES.containsKey(part)) {
                group = part;
            } else if (ROLES.containsKey(part)) {
                roles.add(part);
            } else if (KNOWN_GROUPS.containsKey(part) && group == null) {
                group = part;
            } else if (country == null && COUNTRIES.containsKey(part)) {
                country = part;
            } else {
                roles.add(part);
            }
        }
        return new Actor(c, country, group, roles, name);
    }

    /** True for a country or region code: listed by CAMEO, or a three-letter part that is no role or group. */
    public static boolean isCountryLike(String part) {
        if (COUNTRIES.containsKey(part)) {
            return true;
        }
        return part.length() == 3 && !ROLES.containsKey(part) && !KNOWN_GROUPS.containsKey(part)
                && part.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
    }

    /** Every CAMEO role/type code, in codebook order. */
    public static java.util.Set<String> roles() {
        return ROLES.keySet();
    }

    public static boolean isRole(String code) {
        return ROLES.containsKey(code);
    }

    public static boolean isKnownGroup(String code) {
        return KNOWN_GROUPS.containsKey(code);
    }

    public static String roleLabel(String code) {
        return ROLES.get(code);
    }

    public static String knownGroupLabel(String code) {
        return KNOWN_GROUPS.get(code);
    }

    /** CAMEO's label for a country or region code, or null. */
    public static String countryLabel(String code) {
        return COUNTRIES.get(code);
    }
}
