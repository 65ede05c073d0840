package org.mizan.analytics.balance;

import java.util.Locale;
import org.mizan.analytics.relations.Period;
import org.mizan.store.EventQuery;

/**
 * What to measure: a focal state between two powers, over the events a filter selects.
 *
 * @param focal   ISO3 code of the focal state (PAK), or a longer CAMEO actor code (PAKMIL, IGOIMF) to measure
 *                one actor rather than a whole state
 * @param first   the first power (USA): scores toward -1 lean to it
 * @param second  the second power (RUS): scores toward +1 lean to it
 * @param filter  dates, datasets, roles, one-a-day ... (its country and dyad fields are ignored)
 * @param trend   period for the trend and shift points, or null for none
 * @param reps    bootstrap resamples for the intervals (fewer are used on very large event sets)
 * @param seed    bootstrap seed, so a run can be repeated exactly
 */
public record BalanceRequest(String focal, String first, String second, EventQuery filter, Period trend, int reps,
                             long seed) {

    public BalanceRequest {
        focal = focal != null && focal.trim().matches("[A-Z]{3}([A-Z]{3})+") ? focal.trim()
                : code(focal, "focal state");
        first = code(first, "first power");
        second = code(second, "second power");
        if (focal.equals(first) || focal.equals(second) || first.equals(second)) {
            throw new IllegalArgumentException("the focal state and the two powers must be three different countries");
        }
        if (reps < 0) {
            throw new IllegalArgumentException("bootstrap resamples must be >= 0");
        }
        filter = filter == null ? EventQuery.all() : filter.withoutActors();
    }

    private static String code(String c, String what) {
        if (c == null || !c.trim().matches("[A-Za-z]{3}")) {
            throw new IllegalArgumentException(what + " must be a three-letter country code (ISO 3166 alpha-3), not '" + c + "'");
        }
        return c.trim().toUpperCase(Locale.ROOT);
    }
}
