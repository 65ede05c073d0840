package org.mizan.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.mizan.analytics.balance.BalanceMap;
import org.mizan.analytics.balance.BalanceRequest;
import org.mizan.analytics.balance.BalanceResult;
import org.mizan.analytics.balance.BalanceScore;
import org.mizan.analytics.balance.FocalBalance;
import org.mizan.analytics.relations.Period;
import org.mizan.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mizan balance}: how a focal state balances between two powers, per domain and over time. */
@Command(name = "balance", mixinStandardHelpOptions = true,
        description = {"How a focal state balances between two powers.",
            "A score in [-1, 1] per domain and overall (-1 = all toward the first power, +1 = all toward the second) with a 95% interval, a hedging index, the trend and its shift points (docs/balance.md)."})
final class BalanceCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    EventFilterOptions filter;

    @Mixin
    FocalOptions focal;

    @Option(names = "--by", defaultValue = "domain", paramLabel = "WHAT",
            description = "domain (default), or a trend period: week, month, quarter, year.")
    String by;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table, json or csv.")
    String format;

    @Option(names = "--reps", defaultValue = "1000", paramLabel = "N", description = "Bootstrap resamples (default ${DEFAULT-VALUE}).")
    int reps;

    @Option(names = "--seed", defaultValue = "20230214", paramLabel = "N", description = "Bootstrap seed.")
    long seed;

    @Override
    public Integer call() {
        Period trend = by.equalsIgnoreCase("domain") ? Period.MONTH : Period.parse(by);
        BalanceRequest req = focal.request(filter.toQuery(null, null), trend, reps, seed);
        BalanceResult r;
        try (EventStore s = store.open()) {
            r = new FocalBalance(s).compute(req);
        }
        switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> System.out.println(Json.write(BalanceMap.of(r)));
            case "csv" -> csv(r, !by.equalsIgnoreCase("domain"));
            case "table" -> table(r, !by.equalsIgnoreCase("domain"));
            default -> throw new IllegalArgumentException("--format must be table, json or csv");
        }
        return ExitCodes.OK;
    }

    private static void table(BalanceResult r, boolean byPeriod) {
        String a = r.request().first();
        String b = r.request().second();
        System.out.println(r.request().focal() + " between " + a + " (-1) and " + b + " (+1)");
        TextTable t = new TextTable(24, byPeriod ? "period" : "domain", "score", "95% CI", "events",
                "with " + a, "with " + b, "hedging", "leans");
        if (byPeriod) {
            r.trend().forEach(p -> row(t, p.period().toString(), p.score()));
        } else {
            r.domains().forEach(d -> row(t, d.domain(), d.score()));
        }
        row(t, "overall", r.overall());
        t.print(System.out);
        for (BalanceResult.Shift s : r.shifts()) {
            System.out.printf(Locale.ROOT, "shift %s: %s -> %s (%.2f -> %.2f)%n", s.period(), s.from(), s.to(),
                    s.scoreBefore(), s.scoreAfter());
        }
    }

    private static void row(TextTable t, String label, BalanceScore s) {
        t.row(label, fmt(s.score()), s.ciLow() == null ? "" : "[" + fmt(s.ciLow()) + ", " + fmt(s.ciHigh()) + "]",
                s.n(), s.nFirst(), s.nSecond(), fmt(s.hedging()), s.leans());
    }

    private static void csv(BalanceResult r, boolean byPeriod) {
        System.out.println((byPeriod ? "period" : "domain") + ",score,ci_low,ci_high,n,n_first,n_second,hedging,leans");
        if (byPeriod) {
            r.trend().forEach(p -> System.out.println(p.period() + "," + csvScore(p.score())));
        } else {
            r.domains().forEach(d -> System.out.println(d.domain() + "," + csvScore(d.score())));
        }
        System.out.println("overall," + csvScore(r.overall()));
    }

    private static String csvScore(BalanceScore s) {
        return String.join(",", raw(s.score()), raw(s.ciLow()), raw(s.ciHigh()), String.valueOf(s.n()),
                String.valueOf(s.nFirst()), String.valueOf(s.nSecond()), raw(s.hedging()), s.leans() == null ? "" : s.leans());
    }

    static String fmt(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%+.2f", d).replace("+0.00", "0.00");
    }

    private static String raw(Double d) {
        return d == null ? "" : String.valueOf(d);
    }
}
