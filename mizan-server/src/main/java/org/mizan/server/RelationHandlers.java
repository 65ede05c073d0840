package org.mizan.server;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mizan.analytics.network.NetworkAnalysis;
import org.mizan.analytics.network.NetworkMap;
import org.mizan.analytics.network.SignedNetwork;
import org.mizan.analytics.relations.DyadRow;
import org.mizan.analytics.relations.DyadSeries;
import org.mizan.analytics.relations.NetCooperation;
import org.mizan.analytics.relations.Period;
import org.mizan.analytics.similarity.SimilarityMap;
import org.mizan.store.EventQuery;

/**
 * {@code /api/dyads}, {@code /api/similarity} and {@code /api/network}: relations between states, as
 * {@code mizan dyads}, {@code mizan similarity} and {@code mizan network} compute them.
 */
final class RelationHandlers {

    private static final Pattern ROLE = Pattern.compile("[A-Za-z]{3}");

    private final Stores stores;

    RelationHandlers(Stores stores) {
        this.stores = stores;
    }

    List<Route> routes() {
        return List.of(
                Route.get("/api/dyads", "Per period and country pair: events per quad class, Goldstein, net cooperation, rates.",
                        Filters.with(Param.string("a", "First country of the pair (with b), e.g. USA."),
                                Param.string("b", "Second country of the pair."),
                                Param.string("by", "day, week, month (default), quarter or year."),
                                Param.string("roles", "Only actors with these roles (or none), e.g. GOV,MIL."),
                                Param.integer("minMentions", "Only events with at least this many mentions.")),
                        this::dyads),
                Route.get("/api/similarity", "How alike two states' foreign policies are (S, pi, kappa).",
                        Filters.with(Param.required("a", "First state (ISO3)."), Param.required("b", "Second state (ISO3).")),
                        this::similarity),
                Route.get("/api/network", "The signed network of states over a window and its structural balance.",
                        Filters.with(Param.number("threshold", "Net cooperation within +-threshold gives no edge (default 0).")),
                        this::network));
    }

    void dyads(Context ctx) {
        Params p = new Params(ctx);
        EventQuery filter = Filters.query(p);
        String a = p.country("a");
        String b = p.country("b");
        List<String> pair = p.pair("dyad", false);
        if (a == null && b == null && pair != null) {
            a = pair.get(0);
            b = pair.get(1);
        }
        if ((a == null) != (b == null)) {
            throw ApiException.badRequest("parameters 'a' and 'b' go together: give both countries of the pair or neither");
        }
        Period by = Period.valueOf(p.choice("by", "month", "day", "week", "month", "quarter", "year").toUpperCase());
        List<String> roles = p.list("roles", ROLE, "three-letter role codes such as GOV,MIL");
        Integer minMentions = p.integer("minMentions", null, 0, Integer.MAX_VALUE);
        boolean directed = p.bool("directed");
        String x = a;
        String y = b;
        // The pair selects rows of the series; the events behind the volumes must not be cut to it.
        EventQuery q = filter.withoutActors().withRoles(roles, minMentions);
        List<DyadRow> rows = stores.read(s -> new DyadSeries(s).compute(q, by, directed, x, y));
        ctx.json(Map.of("by", by.sql(), "directed", directed, "rows", rows));
    }

    void similarity(Context ctx) {
        Params p = new Params(ctx);
        String a = p.requiredCountry("a");
        String b = p.requiredCountry("b");
        EventQuery filter = Filters.query(p);
        Map<String, Object> m = stores.read(s -> SimilarityMap.of(new NetCooperation(s), a, b, filter)).orElseThrow(() ->
                ApiException.notFound("no events from " + a + " or " + b + " toward third states in the store"));
        ctx.json(m);
    }

    void network(Context ctx) {
        Params p = new Params(ctx);
        EventQuery filter = Filters.query(p);
        double threshold = p.number("threshold", 0, 0, 1e9);
        SignedNetwork g = stores.read(s -> SignedNetwork.fromWeights(new NetCooperation(s).dyads(filter), threshold));
        if (g.nodeCount() == 0) {
            throw ApiException.notFound("no events between two countries match these filters");
        }
        Map<String, Object> m = new LinkedHashMap<>(NetworkMap.of(NetworkAnalysis.of(g)));
        m.put("graph", Map.of("nodes", g.nodes(), "edges", g.edges()));
        ctx.json(m);
    }
}
