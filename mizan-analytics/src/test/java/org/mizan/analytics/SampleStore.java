package org.mizan.analytics;

import java.nio.file.Path;
import org.mizan.ingest.ImportListener;
import org.mizan.ingest.Importer;
import org.mizan.store.EventStore;

/** An in-memory store holding the real GDELT 2.0 export and ICEWS samples from ../shared. */
public final class SampleStore {

    private SampleStore() {
    }

    public static EventStore gdeltAndIcews() {
        Path shared = Path.of(System.getProperty("mizan.shared", "../../shared"));
        EventStore store = EventStore.inMemory();
        Importer importer = new Importer(store, ImportListener.NONE);
        importer.importFile(shared.resolve("data/gdelt/gdelt2_20191024143000.export.CSV"), "auto");
        importer.importFile(shared.resolve("data/icews/icews_events.2018.sample.tab"), "auto");
        return store;
    }
}
