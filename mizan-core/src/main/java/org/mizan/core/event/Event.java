package org.mizan.core.event;

import java.time.LocalDate;
import java.util.List;

/**
 * The one event record every part of Mizan shares: who did what to whom, when, where, and on what evidence.
 *
 * <p>Importers, the text coder, the store, the analytics and the edges all speak this type; nothing
 * downstream needs to know whether an event came from GDELT or from a sentence Mizan coded, and its
 * {@link Provenance} always says which. Immutable.
 *
 * <p>CAMEO fields follow the CAMEO 1.1b3 codebook: {@code cameo} is the full code ("0421"), {@code root}
 * its first two digits, {@code quad} the quad class 1-4 (verbal cooperation, material cooperation, verbal
 * conflict, material conflict) and {@code goldstein} the Goldstein weight in [-10, 10]. PLOVER fields are
 * the PLOVER event type and mode ("CONSULT", "visit"); either may be null where CAMEO has no exact PLOVER
 * counterpart, and CAMEO fields may be null for POLECAT events with no exact CAMEO counterpart.
 *
 * @param id          stable id: dataset + original id for imports, document + sentence + index for text
 * @param date        the day the event happened (the first day of the period when precision is coarser)
 * @param precision   how exactly {@code date} is known
 * @param source      the actor who acted, or null
 * @param target      the actor acted upon, or null
 * @param cameo       CAMEO event code, or null
 * @param root        CAMEO root code (2 digits), or null
 * @param quad        quad class 1-4, or 0 when unknown
 * @param goldstein   Goldstein weight, or null
 * @param ploverType  PLOVER event type, or null
 * @param ploverMode  PLOVER mode, or null
 * @param domains     policy domains (security, energy, economy ...); never null
 * @param location    where it happened, or null
 * @param provenance  where the event came from; never null
 * @param confidence  coder confidence in [0, 1], or null for dataset rows
 * @param mentions    number of mentions (GDELT NumMentions), or null
 * @param sources     number of sources (GDELT NumSources), or null
 * @param articles    number of articles (GDELT NumArticles), or null
 * @param tone        average tone (GDELT AvgTone), or null
 */
public record Event(String id, LocalDate date, DatePrecision precision,
                    Actor source, Actor target,
                    String cameo, String root, int quad, Double goldstein,
                    String ploverType, String ploverMode,
                    List<String> domains, Location location, Provenance provenance,
                    Double confidence, Integer mentions, Integer sources, Integer articles, Double tone) {

    public Event {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("event id is required");
        }
        if (provenance == null) {
            throw new IllegalArgumentException("event " + id + " has no provenance");
        }
        if (quad < 0 || quad > 4) {
            throw new IllegalArgumentException("quad class must be 0-4, was " + quad);
        }
        precision = precision == null ? DatePrecision.DAY : precision;
        domains = domains == null ? List.of() : List.copyOf(domains);
    }
}
