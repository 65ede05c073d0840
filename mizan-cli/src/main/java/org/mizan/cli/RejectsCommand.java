package org.mizan.cli;

import java.util.concurrent.Callable;
import org.mizan.store.EventStore;
import org.mizan.store.Reject;
import org.mizan.store.Rejects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mizan rejects}: the rows imports could not take, with file, line and reason. */
@Command(name = "rejects", mixinStandardHelpOptions = true,
        description = "List rejected rows as FILE:LINE: REASON, with the start of the raw line.")
final class RejectsCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--batch", paramLabel = "N", description = "Only this import batch.")
    Long batch;

    @Option(names = "--limit", defaultValue = "100", paramLabel = "N", description = "At most N rows (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        try (EventStore s = store.open()) {
            for (Reject r : new Rejects(s).list(batch, limit)) {
                System.out.println(ImportCommand.describe(r));
                if (r.raw() != null) {
                    String raw = r.raw().replace('\t', ' ');
                    System.out.println("    " + (raw.length() > 120 ? raw.substring(0, 119) + "…" : raw));
                }
            }
        }
        return ExitCodes.OK;
    }
}
