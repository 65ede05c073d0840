package org.mizan.analytics.balance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.mizan.analytics.relations.Period;

/** The first day of the period a date falls in, as SQL's date_trunc computes it (weeks start on Monday). */
final class PeriodStart {

    private PeriodStart() {
    }

    static LocalDate of(LocalDate d, Period p) {
        return switch (p) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1);
            case YEAR -> d.withDayOfYear(1);
        };
    }
}
