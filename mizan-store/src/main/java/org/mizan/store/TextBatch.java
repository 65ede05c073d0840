package org.mizan.store;

import java.time.LocalDateTime;
import java.util.List;
import org.mizan.core.event.Event;

/**
 * Coded text stored as one ledger batch, like an import, so its citations know when it was read and the
 * ledger counts it. One place for the CLI's {@code code --store} and demo and the server's coding endpoint.
 */
public final class TextBatch {

    private TextBatch() {
    }

    /** The batch, how many events were new, and how many the store already held. */
    public record Stored(long batch, int added, int duplicates) {
    }

    public static Stored store(EventStore s, String input, List<Event> events) {
        ImportLedger ledger = new ImportLedger(s);
        LocalDateTime started = LocalDateTime.now();
        long batch = ledger.nextBatch();
        int added = new Events(s).append(events, batch);
        ledger.record(new ImportRecord(batch, input, "text:" + batch, 0, "text", started, LocalDateTime.now(),
                events.size(), added, events.size() - added, 0, "done"));
        return new Stored(batch, added, events.size() - added);
    }
}
