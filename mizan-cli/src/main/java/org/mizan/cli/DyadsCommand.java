package org.mizan.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mizan.analytics.relations.DyadRow;
import org.mizan.analytics.relations.DyadSeries;
import org.mizan.analytics.relations.Period;
import org.mizan.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mizan dyads}: relations between pairs of countries over time. */
@Command(name = "dyads", mixinStandardHelpOptions = true,
        description = {"Relations between pairs of countries over time.",
            "Per period and country pair: events per quad class, Goldstein sum and mean, net cooperation, and rates normalised by the first country's event volume (docs/relations.md)."})
final class DyadsCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Mixin
    EventFilterOptions filter;

    @Option(names = "--by", defaultValue = "month", paramLabel = "PERIOD", description = "day, week, month (default), quarter or year.")
    String by;

    @Option(names = "--roles", split = ",", paramLabel = "ROLE,...", description = "Only actors with these roles (or none), e.g. GOV,MIL.")
    List<String> roles = List.of();

    @Option(names = "--min-mentions", paramLabel = "N", description = "Only events with at least N mentions (where counted).")
    Integer minMentions;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT", description = "table, csv or json.")
    String format;

    @Override
    public Integer call() {
        String a = null;
        String b = null;
        if (filter.dyad != null) {
            String[] p = filter.dyad.split("[-,]");
            a = p.length == 2 ? p[0] : null;
            b = p.length == 2 ? p[1] : null;
        }
        List<DyadRow> rows;
        try (EventStore s = store.open()) {
            // The pair selects rows of the series; the events behind the volumes must not be cut to it.
            rows = new DyadSeries(s).compute(filter.toQuery(null, null).withoutActors().withRoles(roles, minMentions),
                    Period.parse(by), filter.directed, a, b);
        }
        switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> System.out.println(Json.write(rows.stream().map(DyadsCommand::asMap).toList()));
            case "csv" -> {
                System.out.println("period,a,b,events,verbal_coop,material_coop,verbal_conflict,material_conflict,"
                        + "goldstein_sum,goldstein_mean,net_coop,a_volume,rate,net_coop_rate,goldstein_rate");
                rows.forEach(d -> System.out.println(String.join(",", d.period().toString(), d.a(), d.b(),
                        "" + d.events(), "" + d.verbalCoop(), "" + d.materialCoop(), "" + d.verbalConflict(),
                        "" + d.materialConflict(), "" + d.goldsteinSum(), d.goldsteinMean() == null ? "" : "" + d.goldsteinMean(),
                        "" + d.netCoop(), "" + d.aVolume(), "" + d.rate(), "" + d.netCoopRate(), "" + d.goldsteinRate())));
            }
            case "table" -> {
                TextTable t = new TextTable(20, "period", "a", "b", "events", "q1", "q2", "q3", "q4", "goldstein",
                        "net coop", "rate");
                rows.forEach(d -> t.row(d.period(), d.a(), d.b(), d.events(), d.verbalCoop(), d.materialCoop(),
                        d.verbalConflict(), d.materialConflict(), String.format(Locale.ROOT, "%.1f", d.goldsteinSum()),
                        d.netCoop(), String.format(Locale.ROOT, "%.3f", d.rate())));
                t.print(System.out);
                System.out.println(rows.size() + " rows");
            }
            default -> throw new IllegalArgumentException("--format must be table, csv or json");
        }
        return ExitCodes.OK;
    }

    private static java.util.Map<String, Object> asMap(DyadRow d) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("period", d.period().toString());
        m.put("a", d.a());
        m.put("b", d.b());
        m.put("events", d.events());
        m.put("verbalCoop", d.verbalCoop());
        m.put("materialCoop", d.materialCoop());
        m.put("verbalConflict", d.verbalConflict());
        m.put("materialConflict", d.materialConflict());
        m.put("goldsteinSum", d.goldsteinSum());
        m.put("goldsteinMean", d.goldsteinMean());
        m.put("netCoop", d.netCoop());
        m.put("aVolume", d.aVolume());
        m.put("rate", d.rate());
        m.put("netCoopRate", d.netCoopRate());
        m.put("goldsteinRate", d.goldsteinRate());
        return m;
    }
}
