package org.mizan.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mizan.analytics.balance.BalanceRequest;
import org.mizan.analytics.balance.BalanceResult;
import org.mizan.analytics.relations.Period;
import org.mizan.analytics.report.Brief;
import org.mizan.coder.Coder;
import org.mizan.coder.CodingProgress;
import org.mizan.coder.doc.InputFormat;
import org.mizan.coder.out.EventWriter;
import org.mizan.core.event.Event;
import org.mizan.models.ModelOptions;
import org.mizan.models.bdm.BdmResult;
import org.mizan.models.ModelRunner;
import org.mizan.models.render.RunWriter;
import org.mizan.store.EventQuery;
import org.mizan.store.EventStore;
import org.mizan.store.TextBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mizan demo}: the main job end to end on the bundled corpus: code 38 news items of Jan-Mar 2023
 * into a fresh store, print Pakistan's balance between the USA and Russia by domain, and write the brief.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the main job on the bundled demo corpus.",
            "Codes news of January-March 2023 about Pakistan, the USA, Russia, China, India, Afghanistan and the IMF into a fresh store, prints Pakistan's balance between the USA and Russia by domain, writes the evidence-cited brief, and runs the expected-utility model on a stakeholder table built from the events."})
final class DemoCommand implements Callable<Integer> {

    static final String CORPUS = "examples/news-2023q1.jsonl";

    @Option(names = "--db", defaultValue = "mizan-demo.duckdb", paramLabel = "PATH",
            description = "The demo's store, created afresh (default ${DEFAULT-VALUE}).")
    Path db;

    @Option(names = "--out", defaultValue = "mizan-demo", paramLabel = "DIR", description = "Where the brief goes (default ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        Files.deleteIfExists(db);
        Files.deleteIfExists(Path.of(db + ".wal"));
        List<Event> events = new ArrayList<>();
        CodingProgress p;
        try (InputStream in = DemoCommand.class.getResourceAsStream(CORPUS)) {
            if (in == null) {
                throw new IllegalStateException("the demo corpus is missing from this build");
            }
            EventWriter collect = new EventWriter() {
                @Override
                public void write(Event e) {
                    events.add(e);
                }

                @Override
                public void flush() {
                }
            };
            p = Coder.defaults().codeStream(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                    "news-2023q1.jsonl", InputFormat.JSONL, null, collect, null);
        }
        System.out.printf("Coded %d news items (%d sentences) into %d events.%n", p.documents(), p.sentences(), p.events());
        try (EventStore s = EventStore.open(db)) {
            TextBatch.store(s, "demo:" + CORPUS, events);
            BalanceRequest req = new BalanceRequest("PAK", "USA", "RUS", EventQuery.all().between(
                    LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31)), Period.MONTH, 1000, 20230214L);
            System.out.println();
            Brief b = ReportCommand.write(s, req, out);
            printBalance(b.balance());
            System.out.println();
            b.sentences().values().forEach(x -> System.out.println("  " + x));
            model(s, req);
        }
        System.out.println();
        System.out.println("Store: " + db + "   Brief: " + out.resolve("brief.html") + " (and brief.md)");
        System.out.println("Next: ./mizan events --db " + db + " --country PAK   |   ./mizan balance --db " + db
                + " --focal PAK --between USA,RUS --format json");
        return ExitCodes.OK;
    }

    /** Builds the stakeholder table from the coded events and runs the expected-utility model on it. */
    private void model(EventStore s, BalanceRequest req) throws IOException {
        Path caps = Files.createTempFile("mizan-capabilities", ".csv");
        Path table = out.resolve("stakeholders-pakistan-alignment.csv");
        try (InputStream in = DemoCommand.class.getResourceAsStream("examples/capabilities-pakistan-alignment.csv")) {
            Files.copy(in, caps, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(table, StakeholdersCommand.table(s, "USA", "RUS", List.of("security", "energy", "economy"),
                caps, null), StandardCharsets.UTF_8);
        Files.delete(caps);
        BdmResult m = ModelRunner.runBdm(table, ModelOptions.DEFAULTS);
        RunWriter.write(m, out.resolve("model-bdm"));
        System.out.println();
        System.out.println("Where Pakistan's alignment settles (0 = USA, 100 = Russia), expected-utility model on "
                + table + ":");
        System.out.printf(java.util.Locale.ROOT, "  after %d rounds (%s): median %.1f, weighted mean %.1f; Pakistan's government at"
                + " %.1f, its army at %.1f%n", m.rounds(), m.stopReason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
                m.finalMedian(), m.finalMean(), position(m, "PAKGOV"), position(m, "PAKMIL"));
        System.out.println("  all tables: " + out.resolve("model-bdm"));
    }

    private static double position(BdmResult m, String actor) {
        int i = m.actors().indexOf(actor);
        return i < 0 ? Double.NaN : m.finalPositions()[i][0];
    }

    private static void printBalance(BalanceResult r) {
        System.out.println("Pakistan between the USA (-1) and Russia (+1), January-March 2023:");
        TextTable t = new TextTable(24, "domain", "score", "95% CI", "events", "with USA", "with RUS", "leans");
        for (BalanceResult.DomainScore d : r.domains()) {
            t.row(d.domain(), BalanceCommand.fmt(d.score().score()), ci(d.score()), d.score().n(), d.score().nFirst(),
                    d.score().nSecond(), d.score().leans());
        }
        t.row("overall", BalanceCommand.fmt(r.overall().score()), ci(r.overall()), r.overall().n(), r.overall().nFirst(),
                r.overall().nSecond(), r.overall().leans());
        t.print(System.out);
    }

    private static String ci(org.mizan.analytics.balance.BalanceScore s) {
        return s.ciLow() == null ? "" : "[" + BalanceCommand.fmt(s.ciLow()) + ", " + BalanceCommand.fmt(s.ciHigh()) + "]";
    }
}
