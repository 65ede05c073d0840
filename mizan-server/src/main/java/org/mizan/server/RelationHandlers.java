package org.mizan.server;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mizan.analytics.network.NetworkAnalysis;
import org.mizan.analytics.network.SignedNetwork;
import org.mizan.analytics.network.TriangleBalance;
import org.mizan.analytics.relations.DyadRow;
import org.mizan.analytics.relations.DyadSeries;
import org.mizan.analytics.relations.NetCooperation;
import org.mizan.analytics.relations.Period;
import org.mizan.analytics.similarity.CohenKappaSimilarity;
import org.mizan.analytics.similarity.Distance;
import org.mizan.analytics.similarity.ProfilePair;
import org.mizan.analytics.similarity.ScottPiSimilarity;
import org.mizan.analytics.similarity.SignorinoRitterSimilarity;
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
        List<Map<String, Double>> profiles = stores.read(s -> {
            NetCooperation nc = new NetCooperation(s);
            return List.of(nc.profile(a, filter), nc.profile(b, filter));
        });
        Map<String, Double> pa = new LinkedHashMap<>(profiles.get(0));
        Map<String, Double> pb = new LinkedHashMap<>(profiles.get(1));
        pa.remove(b);
        pb.remove(a);
        if (pa.isEmpty() && pb.isEmpty()) {
            throw ApiException.notFound("no events from " + a + " or " + b + " toward third states in the store");
        }
        ProfilePair pair = ProfilePair.fromMaps(pa, pb, 0, -1, 1);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("a", a);
        m.put("b", b);
        m.put("thirdStates", java.util.stream.Stream.concat(pa.keySet().stream(), pb.keySet().stream()).distinct().count());
        m.put("S_absolute", new SignorinoRitterSimilarity(Distance.ABSOLUTE).between(pair));
        m.put("S_squared", new SignorinoRitterSimilarity(Distance.SQUARED).between(pair));
        m.put("pi", new ScottPiSimilarity(Distance.SQUARED).between(pair));
        m.put("kappa", new CohenKappaSimilarity(Distance.SQUARED).between(pair));
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
        NetworkAnalysis.Report r = NetworkAnalysis.of(g);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nodes", g.nodeCount());
        m.put("edges", g.edgeCount());
        m.put("positive", g.positiveEdgeCount());
        m.put("negative", g.negativeEdgeCount());
        m.put("triangles", r.triangles().triangles());
        m.put("balancedTriangles", r.triangles().balanced());
        m.put("triangleBalance", r.triangles().ratio());
        m.put("weakTriangleBalance", r.triangles().ratio(TriangleBalance.Kind.WEAK));
        m.put("walkBalance", r.walk().ratio());
        m.put("frustrationIndex", r.frustration().frustration());
        m.put("frustrationLowerBound", r.frustration().lowerBound());
        m.put("frustrationMethod", r.frustrationMethod() + (r.frustration().optimal() ? " (optimal)" : ""));
        m.put("normalisedFrustration", r.frustration().normalised());
        m.put("optimalSide", r.frustration().side());
        m.put("graph", Map.of("nodes", g.nodes(), "edges", g.edges()));
        ctx.json(m);
    }
}
