package org.mizan.cli;

import java.time.LocalDate;
import org.mizan.store.EventQuery;
import picocli.CommandLine.Option;

/** The event filters shared by every command that reads events (events, and the analytics commands). */
final class EventFilterOptions {

    @Option(names = "--actor", paramLabel = "CODE", description = "CAMEO actor code prefix on either side, e.g. PAKGOV.")
    String actor;

    @Option(names = "--country", paramLabel = "ISO3", description = "Country on either side, e.g. PAK.")
    String country;

    @Option(names = "--dyad", paramLabel = "A-B", description = "Events between two countries, e.g. PAK-USA.")
    String dyad;

    @Option(names = "--directed", description = "With --dyad: only events from A to B.")
    boolean directed;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--cameo", paramLabel = "CODE", description = "CAMEO event code prefix: 04 = root 04, 042 = exactly that family.")
    String cameo;

    @Option(names = "--root", paramLabel = "NN", description = "CAMEO root code, 01-20.")
    String root;

    @Option(names = "--quad", paramLabel = "1-4", description = "Quad class: 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict.")
    Integer quad;

    @Option(names = "--dataset", paramLabel = "NAME", description = "gdelt1, gdelt2, icews, polecat, phoenix or text.")
    String dataset;

    @Option(names = "--one-a-day", description = "Keep one event per day, source, target and code.")
    boolean oneADay;

    EventQuery toQuery(Integer limit, Integer offset) {
        String a = null;
        String b = null;
        if (dyad != null) {
            String[] parts = dyad.split("[-,]");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("--dyad takes two country codes like PAK-USA, not '" + dyad + "'");
            }
            a = parts[0];
            b = parts[1];
        }
        if (root != null && !root.matches("\\d{2}")) {
            throw new IllegalArgumentException("--root takes a two-digit CAMEO root such as 04, not '" + root + "'");
        }
        if (cameo != null && !cameo.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("--cameo takes a CAMEO code of 2-4 digits, not '" + cameo + "'");
        }
        if (quad != null && (quad < 1 || quad > 4)) {
            throw new IllegalArgumentException("--quad must be 1, 2, 3 or 4");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        String code = cameo != null ? cameo : root;
        return new EventQuery(actor, country, a, b, directed, from, to, code, quad, dataset, oneADay, limit, offset);
    }
}
