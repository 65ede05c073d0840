package org.mizan.analytics.relations;

import java.util.Locale;

/** A time bucket for series: the units of SQL's date_trunc. */
public enum Period {
    DAY, WEEK, MONTH, QUARTER, YEAR;

    public String sql() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Period parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("period must be day, week, month, quarter or year, not '" + s + "'");
        }
    }
}
