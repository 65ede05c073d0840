package org.mizan.coder.dict.own;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.core.actor.ActorCodes;

/**
 * The three-letter code parts Mizan's dictionaries use beyond mizan-core's CAMEO tables, and the check that
 * every part of an actor code is known to one or the other.
 *
 * <p>CAMEO's country table predates South Sudan (SSD), Kosovo (KSV, the World Bank's code) and the current
 * ISO codes of Romania (ROU), Montenegro (MNE) and Timor-Leste (TLS), and its transcription in mizan-core
 * lacks a few ISO countries (COL ...). Its known-group table has no SCO, BRICS, TTP or Islamic State. Those
 * parts are listed in {@code extra-codes.tsv} beside the shipped dictionaries, each with a kind
 * ({@code country} or {@code group}) and a label, so that a mistyped part is still caught.
 */
public final class ExtraCodes {

    private static final Map<String, String[]> EXTRA = load();

    private ExtraCodes() {
    }

    /** True when the part is a CAMEO country, region, role or known group, or one of Mizan's extra codes. */
    public static boolean isKnownPart(String part) {
        return ActorCodes.countryLabel(part) != null || ActorCodes.isRole(part) || ActorCodes.isKnownGroup(part)
                || EXTRA.containsKey(part);
    }

    /** True when the part is a country or region code, in CAMEO's table or Mizan's extra ones. */
    public static boolean isCountry(String part) {
        String[] extra = EXTRA.get(part);
        return ActorCodes.countryLabel(part) != null || extra != null && extra[0].equals("country");
    }

    /** Mizan's label for an extra code, or null when the part is not one. */
    public static String label(String part) {
        String[] extra = EXTRA.get(part);
        return extra == null ? null : extra[1];
    }

    /** Every extra code, in file order. */
    static Set<String> codes() {
        return EXTRA.keySet();
    }

    /** The three-letter parts of a code that are not known, in order; empty when all are. */
    public static List<String> unknownParts(String code) {
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i + 3 <= code.length(); i += 3) {
            String part = code.substring(i, i + 3);
            if (!isKnownPart(part)) {
                unknown.add(part);
            }
        }
        return unknown;
    }

    /** True when the code is one or more CAMEO role codes ({@code MIL}, {@code GOVMIL}). */
    static boolean allRoles(String code) {
        if (code.isEmpty() || code.length() % 3 != 0) {
            return false;
        }
        for (int i = 0; i < code.length(); i += 3) {
            if (!ActorCodes.isRole(code.substring(i, i + 3))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String[]> load() {
        String resource = OwnDictionaryReader.DEFAULTS + "extra-codes.tsv";
        Map<String, String[]> map = new LinkedHashMap<>();
        try (InputStream in = ExtraCodes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length < 3 || !cols[0].matches("[A-Z]{3}")) {
                    throw new IllegalStateException(resource + ": bad row: " + line);
                }
                map.put(cols[0], new String[] {cols[1], cols[2]});
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Collections.unmodifiableMap(map);
    }
}
