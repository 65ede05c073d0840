package org.mizan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.mizan.analytics.stakeholders.Stakeholder;
import org.mizan.analytics.stakeholders.StakeholderTable;
import org.mizan.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mizan stakeholders}: build a bargaining model's input table from events. */
@Command(name = "stakeholders", mixinStandardHelpOptions = true,
        description = {"Build a bargaining model's stakeholder table from events.",
            "For an alignment issue (0 = first power, 100 = second): positions from each actor's balance between the powers, salience from its events on the issue's domains, capability from your table. Edit the CSV as you see fit, then run `mizan model bdm TABLE`."})
final class StakeholdersCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    EventFilterOptions filter;

    @Option(names = "--between", required = true, split = ",", paramLabel = "A,B", description = "The two powers, e.g. USA,RUS.")
    List<String> between;

    @Option(names = "--capabilities", required = true, paramLabel = "CSV",
            description = "Your capability table: actor,name,capability[,note] (see examples/capabilities-pakistan-alignment.csv).")
    Path capabilities;

    @Option(names = "--domains", split = ",", paramLabel = "D,...", defaultValue = "security,energy,economy",
            description = "The issue's domains, for salience (default ${DEFAULT-VALUE}).")
    List<String> domains;

    @Option(names = "--out", paramLabel = "CSV", description = "Write the table here (default: standard output).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (between.size() != 2) {
            throw new IllegalArgumentException("--between takes two powers, e.g. USA,RUS");
        }
        String csv;
        try (EventStore s = store.open()) {
            csv = table(s, between.get(0).toUpperCase(), between.get(1).toUpperCase(), domains, capabilities, filter);
        }
        if (out == null) {
            System.out.print(csv);
        } else {
            Files.writeString(out, csv, StandardCharsets.UTF_8);
            System.err.println("stakeholder table written to " + out);
        }
        return ExitCodes.OK;
    }

    static String table(EventStore s, String first, String second, List<String> domains, Path caps,
                        EventFilterOptions filter) throws IOException {
        List<Stakeholder> rows = new StakeholderTable(s).build(first, second, domains,
                StakeholderTable.readCapabilities(caps), filter == null ? org.mizan.store.EventQuery.all() : filter.toQuery(null, null));
        return StakeholderTable.csv(rows);
    }
}
