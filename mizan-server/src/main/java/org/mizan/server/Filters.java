package org.mizan.server;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.mizan.store.EventQuery;

/**
 * The event filters every event-reading endpoint shares, as {@code mizan events} has them: actor,
 * country, dyad=A-B, directed, from, to, cameo, root, quad, dataset, oneADay. They become an
 * {@link EventQuery}, which binds every value as a SQL parameter.
 */
public final class Filters {

    static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9]{3,30}");
    static final Pattern CAMEO = Pattern.compile("\\d{2,4}");
    static final Pattern ROOT = Pattern.compile("\\d{2}");
    static final Pattern DATASET = Pattern.compile("[a-z0-9_-]{1,20}");

    /** The filter parameters, for the route table and the OpenAPI description. */
    public static final List<Param> PARAMS = List.of(
            Param.string("actor", "CAMEO actor code prefix on either side, e.g. PAKGOV."),
            Param.string("country", "Country on either side (ISO3), e.g. PAK."),
            Param.string("dyad", "Events between two countries, e.g. PAK-USA."),
            Param.bool("directed", "With dyad: only events from the first country to the second."),
            Param.date("from", "First day included (YYYY-MM-DD)."),
            Param.date("to", "Last day included (YYYY-MM-DD)."),
            Param.string("cameo", "CAMEO event code prefix of 2-4 digits: 04 = root 04."),
            Param.string("root", "CAMEO root code, 01-20."),
            Param.integer("quad", "Quad class 1-4: verbal coop., material coop., verbal conflict, material conflict."),
            Param.string("dataset", "gdelt1, gdelt2, icews, polecat, phoenix or text."),
            Param.bool("oneADay", "Keep one event per day, source, target and code."));

    private Filters() {
    }

    /** The query the request's filter parameters describe, without limit or offset. */
    public static EventQuery query(Params p) {
        String actor = p.string("actor", ACTOR, "a CAMEO actor code such as PAKGOV");
        String country = p.country("country");
        List<String> dyad = p.pair("dyad", false);
        boolean directed = p.bool("directed");
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badRequest("parameter 'to' (" + to + ") is before parameter 'from' (" + from + ")");
        }
        String cameo = p.string("cameo", CAMEO, "a CAMEO code of 2-4 digits");
        String root = p.string("root", ROOT, "a two-digit CAMEO root such as 04");
        Integer quad = p.integer("quad", null, 1, 4);
        String dataset = p.string("dataset", DATASET, "a dataset name such as gdelt2");
        boolean oneADay = p.bool("oneADay");
        return new EventQuery(actor, country, dyad == null ? null : dyad.get(0), dyad == null ? null : dyad.get(1),
                directed, from, to, cameo != null ? cameo : root, quad, dataset, oneADay, null, null);
    }

    /** The filter parameters plus {@code more}. */
    public static List<Param> with(Param... more) {
        List<Param> out = new java.util.ArrayList<>(PARAMS);
        out.addAll(List.of(more));
        return List.copyOf(out);
    }
}
