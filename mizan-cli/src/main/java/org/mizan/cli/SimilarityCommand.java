package org.mizan.cli;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mizan.analytics.relations.NetCooperation;
import org.mizan.analytics.similarity.SimilarityMap;
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
        Map<String, Object> m;
        try (EventStore s = store.open()) {
            m = SimilarityMap.of(new NetCooperation(s), x, y, filter.toQuery(null, null)).orElseThrow(() ->
                    new IllegalStateException("no events from " + x + " or " + y + " toward third states in the store"));
        }
        if (format.equalsIgnoreCase("json")) {
            System.out.println(Json.write(m));
        } else {
            m.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-12s %s%n", k, v));
        }
        return ExitCodes.OK;
    }
}
