package org.mizan.analytics.balance;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mizan.analytics.relations.Domains;
import org.mizan.store.EventStore;
import org.mizan.store.Sql;
import org.mizan.store.StoreException;

/**
 * Computes {@link BalanceResult}s from the store: one SQL pass selects the focal state's events with
 * either power (both directions) with their weights and domains; {@link BalanceMath} does the rest.
 *
 * <p>Cost: one filtered scan of the event table, then O(reps x n) for bootstrap intervals, which
 * {@link BalanceMath} uses only up to a few thousand events per score.
 */
public final class FocalBalance {

    /** Events drawn by all bootstraps of one call, at most (about 0.1 s of work). */
    static final long BOOTSTRAP_BUDGET = 30_000_000L;

    private final EventStore store;

    public FocalBalance(EventStore store) {
        this.store = store;
    }

    /** One event as the balance sees it. */
    record Weighted(String id, LocalDate date, int power, double weight, List<String> domains) {
    }

    public BalanceResult compute(BalanceRequest req) {
        long t0 = System.nanoTime();
        List<Weighted> events = select(req);
        if (System.getenv("MIZAN_PROFILE") != null) {
            System.err.printf("balance: %d events selected in %.3f s%n", events.size(), (System.nanoTime() - t0) / 1e9);
        }
        Map<String, List<Weighted>> byDomain = new TreeMap<>(Comparator.comparingInt(Domains::order)
                .thenComparing(Comparator.naturalOrder()));
        for (Weighted w : events) {
            w.domains().forEach(d -> byDomain.computeIfAbsent(d, k -> new ArrayList<>()).add(w));
        }
        Map<LocalDate, List<Weighted>> byPeriod = new TreeMap<>();
        if (req.trend() != null) {
            for (Weighted w : events) {
                byPeriod.computeIfAbsent(PeriodStart.of(w.date(), req.trend()), k -> new ArrayList<>()).add(w);
            }
        }
        int reps = reps(req.reps(), events, byDomain.values(), byPeriod.values());
        BalanceScore overall = score(events, req, reps);
        List<BalanceResult.DomainScore> domains = new ArrayList<>();
        byDomain.forEach((d, ws) -> {
            BalanceScore s = score(ws, req, reps);
            domains.add(new BalanceResult.DomainScore(d, s, evidence(ws, s)));
        });
        List<BalanceResult.PeriodScore> trend = new ArrayList<>();
        byPeriod.forEach((p, ws) -> trend.add(new BalanceResult.PeriodScore(p, score(ws, req, reps))));
        return new BalanceResult(req, overall, domains, trend, shifts(trend));
    }

    /**
     * Resamples per score: as asked, unless the scores that are bootstrapped (those of at most
     * {@link BalanceMath#BOOTSTRAP_MAX_EVENTS} events) would together draw more than
     * {@link #BOOTSTRAP_BUDGET} events; then fewer, but never under 200.
     */
    static int reps(int asked, List<Weighted> all, java.util.Collection<List<Weighted>> domains,
                    java.util.Collection<List<Weighted>> periods) {
        long drawn = 0;
        for (java.util.Collection<List<Weighted>> group : List.of(List.of(all), domains, periods)) {
            for (List<Weighted> ws : group) {
                drawn += ws.size() <= BalanceMath.BOOTSTRAP_MAX_EVENTS ? ws.size() : 0;
            }
        }
        return drawn == 0 ? asked : (int) Math.min(asked, Math.max(200, BOOTSTRAP_BUDGET / drawn));
    }

    private static BalanceScore score(List<Weighted> ws, BalanceRequest req, int reps) {
        double[] first = ws.stream().filter(w -> w.power() == 1).mapToDouble(Weighted::weight).toArray();
        double[] second = ws.stream().filter(w -> w.power() == 2).mapToDouble(Weighted::weight).toArray();
        return BalanceMath.of(first, second, req.first(), req.second(), reps, req.seed());
    }

    /** The three events that pull hardest toward the side the domain leans to. */
    private static List<String> evidence(List<Weighted> ws, BalanceScore s) {
        if (s.score() == null) {
            return List.of();
        }
        boolean towardFirst = s.score() < 0;
        // Pull toward the first power: cooperation with it, or conflict with the second.
        Comparator<Weighted> pull = Comparator.comparingDouble(w -> (w.power() == 1) == towardFirst ? w.weight() : -w.weight());
        return ws.stream().sorted(pull.reversed()).limit(3).map(Weighted::id).toList();
    }

    static List<BalanceResult.Shift> shifts(List<BalanceResult.PeriodScore> trend) {
        List<BalanceResult.Shift> out = new ArrayList<>();
        BalanceResult.PeriodScore prev = null;
        for (BalanceResult.PeriodScore p : trend) {
            if (p.score().score() == null) {
                continue;
            }
            if (prev != null && !prev.score().leans().equals(p.score().leans())) {
                out.add(new BalanceResult.Shift(p.period(), prev.score().leans(), p.score().leans(),
                        prev.score().score(), p.score().score()));
            }
            prev = p;
        }
        return out;
    }

    /** SQL matching the focal actor on one side: a country code, or a longer actor-code prefix. */
    static String side(String side, String focal) {
        return focal.length() == 3 ? side + "_country = ?" : "starts_with(" + side + "_code, ?)";
    }

    private List<Weighted> select(BalanceRequest req) {
        Sql rel = req.filter().withLimit(null, null).relation();
        String sql = "SELECT id, event_date, CASE WHEN src_country = ? OR tgt_country = ? THEN 1 ELSE 2 END AS power,"
                + " coalesce(goldstein / 10.0, CASE WHEN quad IN (1, 2) THEN 0.5 WHEN quad IN (3, 4) THEN -0.5 ELSE 0 END) AS w,"
                + " " + Domains.maskSql() + " FROM " + rel.text() + " e"
                + " WHERE event_date IS NOT NULL AND ((" + side("src", req.focal()) + " AND tgt_country IN (?, ?))"
                + " OR (" + side("tgt", req.focal()) + " AND src_country IN (?, ?))) ORDER BY event_date, id";
        List<Object> params = new ArrayList<>(List.of(req.first(), req.first()));
        params.addAll(rel.params());
        params.addAll(List.of(req.focal(), req.first(), req.second(), req.focal(), req.first(), req.second()));
        List<Weighted> out = new ArrayList<>();
        try (PreparedStatement ps = new Sql(sql, params).prepare(store.connection()); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                List<String> ds = Domains.decode(r.getString("own_domains"), r.getInt("rule_mask"));
                out.add(new Weighted(r.getString("id"), r.getDate("event_date").toLocalDate(), r.getInt("power"),
                        r.getDouble("w"), ds));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot compute the balance: " + EventStore.firstLine(e.getMessage()), e);
        }
        return out;
    }
}
