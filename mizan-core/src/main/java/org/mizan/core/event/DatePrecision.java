package org.mizan.core.event;

/** How exactly an event's date is known: a coded "last month" is a month, not a day. */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR;

    public static DatePrecision parse(String s) {
        return s == null || s.isBlank() ? DAY : valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
