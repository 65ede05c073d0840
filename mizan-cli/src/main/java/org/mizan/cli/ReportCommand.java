package org.mizan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.mizan.analytics.balance.BalanceRequest;
import org.mizan.analytics.relations.Period;
import org.mizan.analytics.report.Brief;
import org.mizan.analytics.report.BriefBuilder;
import org.mizan.analytics.report.BriefWriter;
import org.mizan.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mizan report}: an evidence-cited brief on a focal state's balance between two powers. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write an evidence-cited brief.",
            "Markdown, HTML and SVG charts on a focal state's balance between two powers: one sentence per domain, the trend, the network of states, and the strongest evidence with numbered footnotes (source, URL, publication and access date)."})
final class ReportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    EventFilterOptions filter;

    @Mixin
    FocalOptions focal;

    @Option(names = "--by", defaultValue = "month", paramLabel = "PERIOD", description = "Trend period (default ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--out", defaultValue = "mizan-report", paramLabel = "DIR", description = "Output folder (default ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        try (EventStore s = store.open()) {
            write(s, focal.request(filter.toQuery(null, null), Period.parse(by), 1000, 20230214L), out);
        }
        return ExitCodes.OK;
    }

    static Brief write(EventStore s, BalanceRequest req, Path dir) throws IOException {
        Brief b = new BriefBuilder(s).build(req, LocalDate.now());
        List<Path> files = BriefWriter.write(b, dir);
        System.err.println("brief written: " + files.get(0) + " and " + files.get(1));
        return b;
    }
}
