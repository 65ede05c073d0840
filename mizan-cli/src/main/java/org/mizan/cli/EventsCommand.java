package org.mizan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mizan.core.event.Actor;
import org.mizan.store.EventFiles;
import org.mizan.store.EventQuery;
import org.mizan.store.EventStore;
import org.mizan.store.Events;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mizan events}: filter the store's events and print or export them. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"List or export events.",
            "Filters combine with AND. Formats: table (terminal), csv, jsonl, parquet (with --out). Columns follow the event table (docs/STORE.md)."})
final class EventsCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    EventFilterOptions filter;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table, csv, jsonl or parquet.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output (required for parquet).")
    Path out;

    @Option(names = "--limit", paramLabel = "N", description = "At most N events (default: 50 for table, all otherwise).")
    Integer limit;

    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N events.")
    Integer offset;

    @Override
    public Integer call() throws IOException {
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("table") && !f.equals("csv") && !f.equals("jsonl") && !f.equals("parquet")) {
            throw new IllegalArgumentException("--format must be table, csv, jsonl or parquet, not '" + format + "'");
        }
        if (f.equals("parquet") && out == null) {
            throw new IllegalArgumentException("--format parquet needs --out FILE");
        }
        Integer max = limit != null ? limit : f.equals("table") ? Integer.valueOf(50) : null;
        EventQuery q = filter.toQuery(max, offset);
        try (EventStore s = store.open()) {
            if (f.equals("table")) {
                return table(s, q);
            }
            EventFiles.Format ff = EventFiles.Format.valueOf(f.toUpperCase(Locale.ROOT));
            Path target = out != null ? out : Files.createTempFile("mizan-events", "." + f);
            long n = new EventFiles(s).export(q, target, ff);
            if (out == null) {
                Files.copy(target, System.out);
                Files.delete(target);
            } else {
                System.err.println(n + " events written to " + out);
            }
        }
        return ExitCodes.OK;
    }

    private static Integer table(EventStore s, EventQuery q) {
        Events events = new Events(s);
        long total = events.count(q);
        TextTable t = new TextTable(40, "date", "source", "target", "cameo", "quad", "goldstein", "dataset", "source name",
                "target name");
        long shown = events.forEach(q, e -> t.row(e.date(), code(e.source()), code(e.target()), e.cameo(),
                e.quad() == 0 ? "" : e.quad(), e.goldstein(), e.provenance().dataset(), name(e.source()),
                name(e.target())));
        t.print(System.out);
        System.out.println(shown + " of " + total + " events" + (shown < total ? " (use --limit/--offset or --format)" : ""));
        return ExitCodes.OK;
    }

    private static String code(Actor a) {
        return a == null ? "" : a.code() == null ? "" : a.code();
    }

    private static String name(Actor a) {
        return a == null || a.name() == null ? "" : a.name();
    }
}
