package org.mizan.analytics.balance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link BalanceResult} as plain maps and lists, the one JSON shape the command line and the API both
 * print: focal, powers, overall, domains (with evidence ids), trend and shifts; each score with its
 * interval as {@code ci: [low, high]} or null.
 */
public final class BalanceMap {

    private BalanceMap() {
    }

    public static Map<String, Object> of(BalanceResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("focal", r.request().focal());
        m.put("powers", List.of(r.request().first(), r.request().second()));
        m.put("overall", score(r.overall()));
        List<Object> domains = new ArrayList<>();
        for (BalanceResult.DomainScore d : r.domains()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("domain", d.domain());
            dm.putAll(score(d.score()));
            dm.put("evidence", d.evidence());
            domains.add(dm);
        }
        m.put("domains", domains);
        List<Object> trend = new ArrayList<>();
        for (BalanceResult.PeriodScore p : r.trend()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("period", p.period().toString());
            pm.putAll(score(p.score()));
            trend.add(pm);
        }
        m.put("trend", trend);
        List<Object> shifts = new ArrayList<>();
        for (BalanceResult.Shift s : r.shifts()) {
            shifts.add(Map.of("period", s.period().toString(), "from", s.from(), "to", s.to(),
                    "scoreBefore", s.scoreBefore(), "scoreAfter", s.scoreAfter()));
        }
        m.put("shifts", shifts);
        return m;
    }

    private static Map<String, Object> score(BalanceScore s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("score", s.score());
        m.put("ci", s.ciLow() == null ? null : List.of(s.ciLow(), s.ciHigh()));
        m.put("n", s.n());
        m.put("nFirst", s.nFirst());
        m.put("nSecond", s.nSecond());
        m.put("hedging", s.hedging());
        m.put("leans", s.leans());
        return m;
    }
}
