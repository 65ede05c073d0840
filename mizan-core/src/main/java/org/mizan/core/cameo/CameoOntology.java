package org.mizan.core.cameo;

import org.mizan.core.io.TsvResource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CAMEO event ontology: every code with its root, quad class, Goldstein weights and PLOVER mapping.
 *
 * <p>Loaded once from {@code cameo-events.tsv} (see docs/ONTOLOGY.md for its columns and sources) and
 * immutable afterwards, so one instance is shared by every thread.
 */
public final class CameoOntology {

    private static final CameoOntology DEFAULT = load();

    private final Map<String, CameoEventType> byCode;

    private CameoOntology(Map<String, CameoEventType> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    public static CameoOntology get() {
        return DEFAULT;
    }

    public Optional<CameoEventType> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code.trim()));
    }

    /** The type of a code, or an IllegalArgumentException naming the unknown code. */
    public CameoEventType require(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("unknown CAMEO event code: " + code));
    }

    public boolean contains(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** All codes in codebook order. */
    public List<CameoEventType> all() {
        return new ArrayList<>(byCode.values());
    }

    private static CameoOntology load() {
        Map<String, CameoEventType> map = new LinkedHashMap<>();
        for (String[] f : TsvResource.rows(CameoOntology.class, "cameo-events.tsv")) {
            map.put(f[0], new CameoEventType(f[0], f[1], Integer.parseInt(f[2]), Double.parseDouble(f[3]),
                    Double.parseDouble(f[4]), blankToNull(f[5]), blankToNull(f[6]), blankToNull(f[7]), f[8]));
        }
        return new CameoOntology(map);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
