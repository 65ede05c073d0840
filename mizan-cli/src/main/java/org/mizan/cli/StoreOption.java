package org.mizan.cli;

import java.nio.file.Path;
import org.mizan.store.EventStore;
import picocli.CommandLine.Option;

/** The {@code --db} option every store-using command takes. */
final class StoreOption {

    @Option(names = "--db", paramLabel = "PATH",
            description = "The event store (a DuckDB file; created if missing). Default: ~/.mizan/mizan.duckdb")
    Path db;

    EventStore open() {
        return EventStore.open(db == null ? EventStore.defaultPath() : db);
    }
}
