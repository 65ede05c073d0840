package org.mizan.analytics.similarity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.mizan.analytics.relations.NetCooperation;
import org.mizan.store.EventQuery;

/**
 * Two states' foreign-policy similarity as a plain map, the one shape the command line and the API both
 * print: their net-cooperation profiles toward third states (each leaves the other out), scaled to [-1, 1],
 * compared by Signorino-Ritter S (absolute and squared distances), Scott's pi and Cohen's kappa.
 */
public final class SimilarityMap {

    private SimilarityMap() {
    }

    /** The measures for {@code a} and {@code b}; empty when neither acts toward a third state. */
    public static Optional<Map<String, Object>> of(NetCooperation nc, String a, String b, EventQuery filter) {
        Map<String, Double> pa = new LinkedHashMap<>(nc.profile(a, filter));
        Map<String, Double> pb = new LinkedHashMap<>(nc.profile(b, filter));
        pa.remove(b);
        pb.remove(a);
        if (pa.isEmpty() && pb.isEmpty()) {
            return Optional.empty();
        }
        ProfilePair pair = ProfilePair.fromMaps(pa, pb, 0, -1, 1);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", a);
        m.put("b", b);
        m.put("thirdStates", Stream.concat(pa.keySet().stream(), pb.keySet().stream()).distinct().count());
        m.put("S_absolute", new SignorinoRitterSimilarity(Distance.ABSOLUTE).between(pair));
        m.put("S_squared", new SignorinoRitterSimilarity(Distance.SQUARED).between(pair));
        m.put("pi", new ScottPiSimilarity(Distance.SQUARED).between(pair));
        m.put("kappa", new CohenKappaSimilarity(Distance.SQUARED).between(pair));
        return Optional.of(m);
    }
}
