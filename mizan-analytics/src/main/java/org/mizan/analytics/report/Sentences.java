package org.mizan.analytics.report;

import java.util.Locale;
import org.mizan.analytics.balance.BalanceScore;
import org.mizan.core.actor.Countries;

/** Turns scores into the plain sentences an analyst would write ("In security Pakistan leans toward ..."). */
final class Sentences {

    private Sentences() {
    }

    static String name(String code) {
        String n = Countries.name(code);
        if (n == null) {
            return code;
        }
        return switch (code) {
            case "USA" -> "the United States";
            case "GBR" -> "the United Kingdom";
            case "ARE" -> "the United Arab Emirates";
            default -> n;
        };
    }

    static String domain(String domain, BalanceScore s, String focal, String first, String second) {
        String f = name(focal);
        if (s.score() == null) {
            return "In " + domain + " the events give " + f + " no net affinity with either power (" + s.n() + " events).";
        }
        String figures = String.format(Locale.ROOT, "score %+.2f, 95%% interval %+.2f to %+.2f, %d event%s",
                s.score(), s.ciLow(), s.ciHigh(), s.n(), s.n() == 1 ? "" : "s");
        String lean;
        if (s.leans().equals(first)) {
            lean = f + " leans toward " + name(first);
        } else if (s.leans().equals(second)) {
            lean = f + " leans toward " + name(second);
        } else {
            lean = f + " balances between " + name(first) + " and " + name(second);
        }
        String caution = s.n() < 5 ? " Few events: read this as a hint, not a finding." : "";
        return "In " + domain + " " + lean + ": " + figures + "." + caution;
    }
}
