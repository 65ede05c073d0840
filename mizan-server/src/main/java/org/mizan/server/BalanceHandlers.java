package org.mizan.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.mizan.analytics.balance.BalanceMap;
import org.mizan.analytics.balance.BalanceRequest;
import org.mizan.analytics.balance.FocalBalance;
import org.mizan.analytics.relations.Period;
import org.mizan.analytics.report.Brief;
import org.mizan.analytics.report.BriefBuilder;
import org.mizan.analytics.report.HtmlBrief;
import org.mizan.analytics.report.MarkdownBrief;
import org.mizan.analytics.stakeholders.Stakeholder;
import org.mizan.analytics.stakeholders.StakeholderTable;
import org.mizan.store.EventQuery;

/**
 * {@code /api/balance}, {@code /api/report} and {@code /api/stakeholders}: a focal state's balance between
 * two powers, the evidence-cited brief on it, and a bargaining model's stakeholder table built from events.
 */
final class BalanceHandlers {

    /** The capability table shipped with the demo (examples/capabilities-pakistan-alignment.csv, bundled by the pom). */
    static final String EXAMPLE_CAPABILITIES = "/org/mizan/server/capabilities-pakistan-alignment.csv";
    private static final Pattern FOCAL = Pattern.compile("[A-Za-z]{3,15}");
    private static final Pattern DOMAIN = Pattern.compile("[a-z_]{2,30}");
    private static final long SEED = 20230214L;

    private final Stores stores;

    BalanceHandlers(Stores stores) {
        this.stores = stores;
    }

    List<Route> routes() {
        List<Param> balance = Filters.with(Param.required("focal", "The focal state (ISO3) or actor code, e.g. PAK."),
                Param.required("between", "The two powers, e.g. USA,RUS."),
                Param.string("by", "Trend period: week, month (default), quarter or year."),
                Param.integer("reps", "Bootstrap resamples, 0-5000 (default 1000)."));
        List<Param> report = Filters.with(Param.required("focal", "The focal state (ISO3), e.g. PAK."),
                Param.required("between", "The two powers, e.g. USA,RUS."),
                Param.string("by", "Trend period (default month)."),
                Param.string("format", "html (default) or md."));
        List<Param> stakeholders = Filters.with(Param.required("between", "The two powers (the issue's ends), e.g. USA,RUS."),
                Param.string("domains", "The issue's domains, for salience (default security,energy,economy)."));
        String caps = "text/csv: a capability table (actor,name,capability[,note]); empty for the shipped example";
        return List.of(
                Route.get("/api/balance", "A focal state's balance between two powers: per domain, overall, trend, shifts.",
                        balance, this::balance),
                Route.get("/api/report", "The evidence-cited brief on a focal state's balance, as HTML or Markdown.",
                        report, this::report).producing("text/html"),
                Route.get("/api/stakeholders", "A stakeholder table from events, with the shipped example capabilities.",
                        stakeholders, this::stakeholders),
                new Route("POST", "/api/stakeholders", "A stakeholder table from events, with your capability table.",
                        stakeholders, true, caps, false, "application/json", this::stakeholders));
    }

    void balance(Context ctx) {
        BalanceRequest req = request(new Params(ctx), true);
        ctx.json(BalanceMap.of(stores.read(s -> new FocalBalance(s).compute(req))));
    }

    void report(Context ctx) {
        Params p = new Params(ctx);
        String format = p.choice("format", "html", "html", "md");
        BalanceRequest req = request(p, false);
        Brief b = stores.read(s -> new BriefBuilder(s).build(req, LocalDate.now()));
        if (format.equals("md")) {
            ctx.contentType("text/markdown; charset=utf-8").result(MarkdownBrief.render(b));
        } else {
            ctx.contentType("text/html; charset=utf-8").result(HtmlBrief.render(b));
        }
    }

    void stakeholders(Context ctx) {
        Params p = new Params(ctx);
        List<String> between = p.pair("between", true);
        List<String> domains = p.list("domains", DOMAIN, "comma-separated domains such as security,economy");
        List<String> issue = domains.isEmpty() ? List.of("security", "energy", "economy") : domains;
        EventQuery filter = Filters.query(p);
        byte[] body = ctx.method().name().equals("POST") ? Bodies.bytes(ctx) : new byte[0];
        List<StakeholderTable.Capability> caps = capabilities(body);
        List<Stakeholder> rows = stores.read(s -> new StakeholderTable(s).build(between.get(0), between.get(1), issue,
                caps, filter));
        ctx.json(Map.of("between", between, "domains", issue, "rows", rows, "csv", StakeholderTable.csv(rows)));
    }

    private static BalanceRequest request(Params p, boolean withReps) {
        String focal = p.required("focal", FOCAL, "a country code such as PAK or an actor code such as PAKMIL");
        List<String> between = p.pair("between", true);
        Period by = Period.valueOf(p.choice("by", "month", "week", "month", "quarter", "year").toUpperCase());
        int reps = withReps ? p.integer("reps", 1000, 0, 5000) : 1000;
        return new BalanceRequest(focal, between.get(0), between.get(1), Filters.query(p), by, reps, SEED);
    }

    /** The analyst's capability table from the body, or the shipped example when the body is empty. */
    static List<StakeholderTable.Capability> capabilities(byte[] body) {
        try {
            Path f = Files.createTempFile("mizan-capabilities", ".csv");
            try {
                if (body.length > 0) {
                    Files.write(f, body);
                } else {
                    try (InputStream in = BalanceHandlers.class.getResourceAsStream(EXAMPLE_CAPABILITIES)) {
                        Files.write(f, in.readAllBytes());
                    }
                }
                return StakeholderTable.readCapabilities(f);
            } catch (IllegalArgumentException e) {
                // The reader names its file; the client knows it as the request body.
                throw ApiException.badRequest(String.valueOf(e.getMessage()).replace(f.toString(), "capability table"));
            } finally {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the capability table: " + e.getMessage(), e);
        }
    }
}
