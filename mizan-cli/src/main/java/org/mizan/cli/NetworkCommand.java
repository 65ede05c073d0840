package org.mizan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mizan.analytics.network.NetworkAnalysis;
import org.mizan.analytics.network.NetworkMap;
import org.mizan.analytics.network.SignedEdgeCsv;
import org.mizan.analytics.network.SignedNetwork;
import org.mizan.analytics.relations.NetCooperation;
import org.mizan.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mizan network}: structural balance of the signed network of states, or of a signed edge list. */
@Command(name = "network", mixinStandardHelpOptions = true,
        description = {"Structural balance of the signed network of states.",
            "Edge signs from net cooperation over the filtered window, or a signed edge list (--edges from,to,sign CSV): triangle balance (strict and weak), Estrada's walk balance and the frustration index (docs/structural-balance.md)."})
final class NetworkCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    EventFilterOptions filter;

    @Option(names = "--edges", paramLabel = "CSV", description = "Analyse this signed edge list instead of the store.")
    Path edges;

    @Option(names = "--threshold", defaultValue = "0", paramLabel = "X",
            description = "Net cooperation within +-X gives no edge (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table or json.")
    String format;

    @Override
    public Integer call() throws IOException {
        SignedNetwork g;
        if (edges != null) {
            g = SignedEdgeCsv.network(edges);
        } else {
            try (EventStore s = store.open()) {
                g = SignedNetwork.fromWeights(new NetCooperation(s).dyads(filter.toQuery(null, null)), threshold);
            }
        }
        NetworkAnalysis.Report r = NetworkAnalysis.of(g);
        Map<String, Object> m = NetworkMap.of(r);
        if (format.equalsIgnoreCase("json")) {
            System.out.println(Json.write(m));
        } else {
            m.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-26s %s%n", k, v));
        }
        return ExitCodes.OK;
    }
}
