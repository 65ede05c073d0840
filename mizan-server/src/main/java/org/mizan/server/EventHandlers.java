package org.mizan.server;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mizan.core.event.Event;
import org.mizan.store.EventQuery;
import org.mizan.store.Events;
import org.mizan.store.StoreStats;

/**
 * {@code /api/events}, {@code /api/events/{id}} and {@code /api/stats}: the store's events with their
 * provenance and evidence, a page at a time, and its summary.
 */
final class EventHandlers {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9:._\\-]{1,200}");

    private final Stores stores;

    EventHandlers(Stores stores) {
        this.stores = stores;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/events", "Events matching the filters, a page at a time, with provenance and evidence.",
                        Filters.with(Param.integer("limit", "Page size, 1-1000 (default 50)."),
                                Param.integer("offset", "Events to skip (default 0)."),
                                Param.string("ids", "Comma-separated event ids: these events only, in this order.")),
                        this::list),
                Route.get("/api/events/{id}", "One event by id (e.g. gdelt2:881990832).", List.of(), this::one),
                Route.get("/api/stats", "What the store holds: events per dataset and quad class, top countries, imports.",
                        List.of(Param.integer("top", "How many countries to list (default 10, at most 100).")),
                        this::stats));
    }

    void list(Context ctx) {
        Params p = new Params(ctx);
        List<String> ids = p.list("ids", ID, "comma-separated event ids (at most 50)");
        EventQuery q = Filters.query(p).withLimit(p.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                p.integer("offset", 0, 0, Integer.MAX_VALUE));
        Map<String, Object> out = new LinkedHashMap<>();
        stores.read(s -> {
            Events events = new Events(s);
            if (!ids.isEmpty()) {
                List<Event> found = events.byIds(ids);
                out.put("total", found.size());
                out.put("items", found);
            } else {
                out.put("total", events.count(q));
                out.put("limit", q.limit());
                out.put("offset", q.offset());
                out.put("items", events.list(q));
            }
            return null;
        });
        ctx.json(out);
    }

    void one(Context ctx) {
        String id = ctx.pathParam("id");
        if (!ID.matcher(id).matches()) {
            throw ApiException.badRequest("path parameter 'id' must be an event id such as gdelt2:881990832");
        }
        List<Event> found = stores.read(s -> new Events(s).byIds(List.of(id)));
        if (found.isEmpty()) {
            throw ApiException.notFound("no event with id '" + id + "'");
        }
        ctx.json(found.get(0));
    }

    void stats(Context ctx) {
        int top = new Params(ctx).integer("top", 10, 1, 100);
        StoreStats stats = stores.read(s -> StoreStats.of(s, top));
        ctx.json(stats);
    }
}
