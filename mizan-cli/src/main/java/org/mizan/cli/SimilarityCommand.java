package org.mizan.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mizan.analytics.relations.NetCooperation;
import org.mizan.analytics.similarity.CohenKappaSimilarity;
import org.mizan.analytics.similarity.Distance;
import org.mizan.analytics.similarity.ProfilePair;
import org.mizan.analytics.similarity.ScottPiSimilarity;
import org.mizan.analytics.similarity.SignorinoRitterSimilarity;
import org.mizan.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mizan similarity}: how alike two states' foreign policies are. */
@Command(name = "similarity", mixinStandardHelpOptions = true,
        description = {"How alike two states' foreign policies are.",
            "Similarity of two states' relation profiles toward all other states (net cooperation per event, in [-1, 1]): Signorino-Ritter S, Scott's pi and Cohen's kappa after Hage (docs/similarity.md)."})
final class SimilarityCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    EventFilterOptions filter;

    @Parameters(index = "0", paramLabel = "A", description = "First state (ISO3).")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "Second state (ISO3).")
    String b;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table or json.")
    String format;

    @Override
    public Integer call() {
        String x = a.toUpperCase(Locale.ROOT);
        String y = b.toUpperCase(Locale.ROOT);
        Map<String, Double> pa;
        Map<String, Double> pb;
        try (EventStore s = store.open()) {
            NetCooperation nc = new NetCooperation(s);
            pa = nc.profile(x, filter.toQuery(null, null));
            pb = nc.profile(y, filter.toQuery(null, null));
        }
        pa.remove(y);
        pb.remove(x);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", x);
        m.put("b", y);
        m.put("thirdStates", java.util.stream.Stream.concat(pa.keySet().stream(), pb.keySet().stream()).distinct().count());
        if (pa.isEmpty() && pb.isEmpty()) {
            throw new IllegalStateException("no events from " + x + " or " + y + " toward third states in the store");
        }
        ProfilePair pair = ProfilePair.fromMaps(pa, pb, 0, -1, 1);
        m.put("S_absolute", new SignorinoRitterSimilarity(Distance.ABSOLUTE).between(pair));
        m.put("S_squared", new SignorinoRitterSimilarity(Distance.SQUARED).between(pair));
        m.put("pi", new ScottPiSimilarity(Distance.SQUARED).between(pair));
        m.put("kappa", new CohenKappaSimilarity(Distance.SQUARED).between(pair));
        if (format.equalsIgnoreCase("json")) {
            System.out.println(Json.write(m));
        } else {
            m.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-12s %s%n", k, v));
        }
        return ExitCodes.OK;
    }
}
