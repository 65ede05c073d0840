package org.mizan.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.mizan.core.actor.Countries;
import org.mizan.store.EventStore;
import org.mizan.store.ImportLedger;
import org.mizan.store.ImportRecord;
import org.mizan.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mizan stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Summarise the store: datasets, dates, quad classes, countries, imports.")
final class StatsCommand implements Callable<Integer> {

    private static final String[] QUADS = {"unknown", "verbal cooperation", "material cooperation", "verbal conflict",
        "material conflict"};

    @Mixin
    StoreOption store;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "Countries to list (default ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--imports", description = "Also list every import batch in the ledger.")
    boolean imports;

    @Override
    public Integer call() {
        try (EventStore s = store.open()) {
            StoreStats st = StoreStats.of(s, top);
            System.out.println("store    " + (st.path() == null ? "(in memory)" : st.path()) + "  (schema v" + st.version() + ")");
            System.out.println("events   " + st.events() + "   mentions " + st.mentions() + "   imports " + st.imports()
                    + "   rejected rows " + st.rejected());
            System.out.println();
            TextTable d = new TextTable(40, "dataset", "events", "first", "last");
            st.datasets().forEach(x -> d.row(x.dataset(), x.events(), x.first(), x.last()));
            d.print(System.out);
            System.out.println();
            TextTable q = new TextTable(40, "quad", "class", "events");
            for (Map.Entry<Integer, Long> e : st.quads().entrySet()) {
                q.row(e.getKey(), QUADS[e.getKey()], e.getValue());
            }
            q.print(System.out);
            System.out.println();
            TextTable c = new TextTable(40, "country", "name", "events");
            st.countries().forEach((k, v) -> c.row(k, Countries.name(k), v));
            c.print(System.out);
            if (imports) {
                System.out.println();
                TextTable i = new TextTable(60, "batch", "file", "format", "read", "imported", "duplicates", "rejected");
                for (ImportRecord r : new ImportLedger(s).all()) {
                    i.row(r.batch(), r.file(), r.format(), r.read(), r.imported(), r.duplicates(), r.rejected());
                }
                i.print(System.out);
            }
        }
        return ExitCodes.OK;
    }
}
