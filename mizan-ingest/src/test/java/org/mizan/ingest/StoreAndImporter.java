package org.mizan.ingest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mizan.store.EventStore;

/** A fresh in-memory store and an importer into it for each test. */
abstract class StoreAndImporter {

    protected EventStore store;
    protected Importer importer;

    @BeforeEach
    void open() {
        store = EventStore.inMemory();
        importer = new Importer(store, ImportListener.NONE);
    }

    @AfterEach
    void close() {
        store.close();
    }
}
