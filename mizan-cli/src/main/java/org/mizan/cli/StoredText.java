package org.mizan.cli;

import java.time.LocalDateTime;
import java.util.List;
import org.mizan.core.event.Event;
import org.mizan.store.EventStore;
import org.mizan.store.Events;
import org.mizan.store.ImportLedger;
import org.mizan.store.ImportRecord;

/** Adds coded events to the store as one ledger batch, so their citations know when they were read. */
final class StoredText {

    private StoredText() {
    }

    record Result(long batch, int added, int duplicates) {
    }

    static Result add(EventStore s, String input, List<Event> events) {
        ImportLedger ledger = new ImportLedger(s);
        LocalDateTime started = LocalDateTime.now();
        long batch = ledger.nextBatch();
        int added = new Events(s).append(events, batch);
        ledger.record(new ImportRecord(batch, input, "text:" + batch, 0, "text", started, LocalDateTime.now(),
                events.size(), added, events.size() - added, 0, "done"));
        return new Result(batch, added, events.size() - added);
    }
}
