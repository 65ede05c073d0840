package org.mizan.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mizan.ingest.ImportResult;
import org.mizan.ingest.Importer;
import org.mizan.store.EventStore;
import org.mizan.store.Reject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mizan import}: load dataset files into the store, one atomic, idempotent batch per file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import event dataset files into the store.",
            "Formats: GDELT 1.0 (57/58 fields), GDELT 2.0 export and mentions, ICEWS, POLECAT, Phoenix, and Parquet files written by `mizan events --format parquet`; plain, .gz or .zip. Re-importing a file adds nothing; bad rows go to the rejects table with file, line and reason, and the counts always reconcile: read = imported + duplicates + rejected."})
final class ImportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|GLOB", description = "Files, directories or globs (quote globs).")
    List<String> inputs;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto (default), gdelt1, gdelt2, gdelt2-mentions, gdelt2-mentions-csv, icews, polecat, phoenix")
    String format;

    @Option(names = "--show-rejects", defaultValue = "5", paramLabel = "N",
            description = "Rejected rows to show per file (default ${DEFAULT-VALUE}; all are in `mizan rejects`).")
    int showRejects;

    @Override
    public Integer call() {
        List<ImportResult> results = new ArrayList<>();
        try (EventStore s = store.open()) {
            Importer importer = new Importer(s, new ProgressBar(System.err));
            for (String in : inputs) {
                results.addAll(importer.importAll(in, format));
            }
        }
        TextTable t = new TextTable(60, "file", "format", "read", "imported", "duplicates", "rejected", "status");
        long[] total = new long[4];
        for (ImportResult r : results) {
            t.row(r.file(), r.format(), r.read(), r.imported(), r.duplicates(), r.rejected(),
                    r.status().name().toLowerCase(java.util.Locale.ROOT));
            total[0] += r.read();
            total[1] += r.imported();
            total[2] += r.duplicates();
            total[3] += r.rejected();
        }
        if (results.size() > 1) {
            t.row("total", "", total[0], total[1], total[2], total[3], "");
        }
        t.print(System.out);
        boolean failed = false;
        for (ImportResult r : results) {
            if (r.message() != null) {
                System.err.println(r.message());
            }
            r.rejects().stream().limit(showRejects).forEach(x -> System.err.println("  " + describe(x)));
            if (r.rejected() > showRejects && showRejects > 0) {
                System.err.println("  ... " + (r.rejected() - Math.min(showRejects, r.rejects().size()))
                        + " more: mizan rejects --batch " + r.batch());
            }
            failed |= r.status() == ImportResult.Status.FAILED;
        }
        if (failed) {
            return ExitCodes.FAILURE;
        }
        return total[3] > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    static String describe(Reject r) {
        return r.file() + ":" + r.line() + ": " + r.reason();
    }
}
