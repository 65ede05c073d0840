package org.mizan.analytics.balance;

import java.time.LocalDate;
import java.util.List;

/**
 * A focal state's balance between two powers: overall, per domain, over time, and where it shifted, with
 * the events that weigh most in each domain so a reader can check the evidence.
 */
public record BalanceResult(BalanceRequest request, BalanceScore overall, List<DomainScore> domains,
                            List<PeriodScore> trend, List<Shift> shifts) {

    /** The score of one domain and its strongest events (ids, strongest first) in the direction it leans. */
    public record DomainScore(String domain, BalanceScore score, List<String> evidence) {
    }

    /** The score of one period (the first day of the period). */
    public record PeriodScore(LocalDate period, BalanceScore score) {
    }

    /** A period in which the leaning changed from the previous period that had events. */
    public record Shift(LocalDate period, String from, String to, double scoreBefore, double scoreAfter) {
    }
}
