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
 * Computes {@link BalanceResult}s from the store. The database does the counting: one pass returns, per
 * period, power, weight and domain set, how many of the focal state's events with either power (both
 * directions) carry that weight, and the earliest few of them, which may become a domain's evidence. {@link BalanceMath} does the rest on the weights, which are only a few dozen distinct values, so
 * nothing per event crosses to Java and the cost no longer grows with the number of events selected.
 *
 * <p>Resampling the expanded weights is the same bootstrap as resampling the events: events with the same
 * power and weight are interchangeable in every score.
 */
public final class FocalBalance {

    /** Events drawn by all bootstraps of one call, at most (about 0.1 s of work). */
    static final long BOOTSTRAP_BUDGET = 30_000_000L;

    /** Evidence events kept per domain. */
    private static final int EVIDENCE = 3;

    /** Low 40 bits of an order key: the row number. */
    private static final long ROW_MASK = (1L << 40) - 1;

    /**
     * An event's place in "earliest first" order as one BIGINT: days since 1970 (offset to stay positive for
     * any date since 900 AD) above 40 bits of DuckDB row number, which breaks ties between events of a day
     * in the order they were stored. Comparing one number per event is what keeps the evidence cheap.
     */
    private static final String ORDER_KEY = "((date_diff('day', DATE '1970-01-01', event_date) + 400000)::BIGINT << 40) + row_id";

    private final EventStore store;

    public FocalBalance(EventStore store) {
        this.store = store;
    }

    /** {@code count} selected events of one period with one power, weight and set of domains; the earliest few. */
    record Cell(LocalDate period, int power, double weight, List<String> domains, long count, List<Candidate> earliest) {
    }

    /**
     * An event that may be among a domain's strongest evidence: its power, weight and order key (date, then
     * row number, as one number: see {@link #ORDER_KEY}).
     */
    record Candidate(long key, int power, double weight) {
    }

    /** A domain's score and its strongest events, before their ids are looked up. */
    private record Scored(String domain, BalanceScore score, List<Candidate> strongest) {
    }

    public BalanceResult compute(BalanceRequest req) {
        long t0 = System.nanoTime();
        List<Cell> cells = count(req);
        if (System.getenv("MIZAN_PROFILE") != null) {
            System.err.printf("balance: %d cells counted in %.3f s%n", cells.size(), (System.nanoTime() - t0) / 1e9);
        }
        Map<String, List<Cell>> byDomain = new TreeMap<>(Comparator.comparingInt(Domains::order)
                .thenComparing(Comparator.naturalOrder()));
        Map<LocalDate, List<Cell>> byPeriod = new TreeMap<>();
        for (Cell c : cells) {
            c.domains().forEach(d -> byDomain.computeIfAbsent(d, k -> new ArrayList<>()).add(c));
            if (req.trend() != null) {
                byPeriod.computeIfAbsent(c.period(), k -> new ArrayList<>()).add(c);
            }
        }
        int reps = reps(req.reps(), cells, byDomain.values(), byPeriod.values());
        BalanceScore overall = score(cells, req, reps);
        List<Scored> scored = byDomain.entrySet().stream().map(e -> {
            BalanceScore s = score(e.getValue(), req, reps);
            return new Scored(e.getKey(), s, evidence(e.getValue(), s));
        }).toList();
        Map<Long, String> ids = ids(scored.stream().flatMap(x -> x.strongest().stream()).map(Candidate::key).toList());
        List<BalanceResult.DomainScore> domains = scored.stream().map(x -> new BalanceResult.DomainScore(x.domain(),
                x.score(), x.strongest().stream().map(c -> ids.get(c.key())).toList())).toList();
        // Each period's bootstrap has its own seeded generator, so scoring them in parallel changes nothing.
        List<BalanceResult.PeriodScore> trend = byPeriod.entrySet().parallelStream()
                .map(e -> new BalanceResult.PeriodScore(e.getKey(), score(e.getValue(), req, reps))).toList();
        return new BalanceResult(req, overall, domains, trend, shifts(trend));
    }

    /**
     * Resamples per score: as asked, unless the scores that are bootstrapped (those of at most
     * {@link BalanceMath#BOOTSTRAP_MAX_EVENTS} events) would together draw more than
     * {@link #BOOTSTRAP_BUDGET} events; then fewer, but never under 200.
     */
    static int reps(int asked, List<Cell> all, java.util.Collection<List<Cell>> domains,
                    java.util.Collection<List<Cell>> periods) {
        long drawn = 0;
        for (java.util.Collection<List<Cell>> group : List.of(List.of(all), domains, periods)) {
            for (List<Cell> cs : group) {
                long n = events(cs);
                drawn += n <= BalanceMath.BOOTSTRAP_MAX_EVENTS ? n : 0;
            }
        }
        return drawn == 0 ? asked : (int) Math.min(asked, Math.max(200, BOOTSTRAP_BUDGET / drawn));
    }

    private static long events(List<Cell> cs) {
        return cs.stream().mapToLong(Cell::count).sum();
    }

    private static BalanceScore score(List<Cell> cs, BalanceRequest req, int reps) {
        return BalanceMath.of(weights(cs, 1), weights(cs, 2), req.first(), req.second(), reps, req.seed());
    }

    /** The weights of the events with one power, each repeated as often as it occurs. */
    private static double[] weights(List<Cell> cs, int power) {
        long n = cs.stream().filter(c -> c.power() == power).mapToLong(Cell::count).sum();
        double[] w = new double[Math.toIntExact(n)];
        int at = 0;
        for (Cell c : cs) {
            if (c.power() == power) {
                java.util.Arrays.fill(w, at, at + (int) c.count(), c.weight());
                at += (int) c.count();
            }
        }
        return w;
    }

    /**
     * The events that pull hardest toward the side the domain leans to: cooperation with that power, or
     * conflict with the other; ties go to the earlier event.
     */
    private static List<Candidate> evidence(List<Cell> cells, BalanceScore s) {
        if (s.score() == null) {
            return List.of();
        }
        boolean towardFirst = s.score() < 0;
        Comparator<Candidate> pull = Comparator.comparingDouble(c -> (c.power() == 1) == towardFirst ? -c.weight() : c.weight());
        return cells.stream().flatMap(c -> c.earliest().stream())
                .sorted(pull.thenComparingLong(Candidate::key)).limit(EVIDENCE).toList();
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

    /** The focal state's events with either power: date, power (1 or 2), weight and domain columns. */
    private static Sql selection(BalanceRequest req) {
        Sql rel = req.filter().withLimit(null, null).relationWithRowId();
        String sql = "SELECT row_id, event_date, CASE WHEN src_country = ? OR tgt_country = ? THEN 1 ELSE 2 END AS power,"
                + " coalesce(goldstein / 10.0, CASE WHEN quad IN (1, 2) THEN 0.5 WHEN quad IN (3, 4) THEN -0.5 ELSE 0 END) AS w,"
                + " " + Domains.maskSql() + " FROM " + rel.text() + " e"
                + " WHERE event_date IS NOT NULL AND ((" + side("src", req.focal()) + " AND tgt_country IN (?, ?))"
                + " OR (" + side("tgt", req.focal()) + " AND src_country IN (?, ?)))";
        List<Object> params = new ArrayList<>(List.of(req.first(), req.first()));
        params.addAll(rel.params());
        params.addAll(List.of(req.focal(), req.first(), req.second(), req.focal(), req.first(), req.second()));
        return new Sql(sql, params);
    }

    /**
     * One aggregating scan, without the wide id column. All events of a cell pull equally hard in every
     * score, so a domain's strongest evidence is among its cells' earliest events: each cell keeps the order
     * keys of its first {@link #EVIDENCE}.
     */
    private List<Cell> count(BalanceRequest req) {
        Sql sel = selection(req);
        String period = req.trend() == null ? "NULL::DATE" : "CAST(date_trunc('" + req.trend().sql() + "', event_date) AS DATE)";
        String sql = "SELECT " + period + " AS period, power, w, own_domains, rule_mask, count(*) AS n,"
                + " min(" + ORDER_KEY + ", " + EVIDENCE + ") AS earliest"
                + " FROM (" + sel.text() + ") GROUP BY ALL ORDER BY period, power, w, own_domains, rule_mask";
        List<Cell> cells = new ArrayList<>();
        try (PreparedStatement ps = new Sql(sql, sel.params()).prepare(store.connection()); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                java.sql.Date p = r.getDate("period");
                int power = r.getInt("power");
                double w = r.getDouble("w");
                List<Candidate> earliest = new ArrayList<>(EVIDENCE);
                for (Object key : (Object[]) r.getArray("earliest").getArray()) {
                    earliest.add(new Candidate(((Number) key).longValue(), power, w));
                }
                cells.add(new Cell(p == null ? null : p.toLocalDate(), power, w,
                        Domains.decode(r.getString("own_domains"), r.getInt("rule_mask")), r.getLong("n"), earliest));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot compute the balance: " + EventStore.firstLine(e.getMessage()), e);
        }
        return cells;
    }

    /** The event ids of the given order keys, by point lookups on the row number. */
    private Map<Long, String> ids(List<Long> keys) {
        Map<Long, String> out = new java.util.HashMap<>();
        List<Long> distinct = keys.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return out;
        }
        String sql = String.join(" UNION ALL ", java.util.Collections.nCopies(distinct.size(),
                "SELECT ?::BIGINT AS k, id FROM events WHERE rowid = ?::BIGINT"));
        List<Object> params = new ArrayList<>();
        distinct.forEach(k -> {
            params.add(k);
            params.add(k & ROW_MASK);
        });
        try (PreparedStatement ps = new Sql(sql, params).prepare(store.connection()); ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                out.put(r.getLong("k"), r.getString("id"));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the balance's evidence: " + EventStore.firstLine(e.getMessage()), e);
        }
        return out;
    }
}
