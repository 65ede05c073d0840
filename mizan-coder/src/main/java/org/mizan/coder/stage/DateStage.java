package org.mizan.coder.stage;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import org.mizan.core.event.DatePrecision;

/**
 * Resolves the first date expression of a sentence against the document date and sets the sentence's
 * date and precision: "on 14-18 February 2023" (the first day, week precision), "on February 16, 2023",
 * "16 February" (day), "February 2023" (month), "in 2019" (year), "on Tuesday" (the latest Tuesday on or
 * before the document date), "yesterday", "today", "last/next week|month|year".
 *
 * <p>Without an expression the sentence keeps the document date at day precision. Without a document
 * date, relative expressions are ignored. Cost: one pass over the tokens.
 */
public final class DateStage implements Stage {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("JANUARY", 1), Map.entry("JAN", 1), Map.entry("FEBRUARY", 2), Map.entry("FEB", 2),
            Map.entry("MARCH", 3), Map.entry("MAR", 3), Map.entry("APRIL", 4), Map.entry("APR", 4),
            Map.entry("MAY", 5), Map.entry("JUNE", 6), Map.entry("JUN", 6), Map.entry("JULY", 7),
            Map.entry("JUL", 7), Map.entry("AUGUST", 8), Map.entry("AUG", 8), Map.entry("SEPTEMBER", 9),
            Map.entry("SEPT", 9), Map.entry("SEP", 9), Map.entry("OCTOBER", 10), Map.entry("OCT", 10),
            Map.entry("NOVEMBER", 11), Map.entry("NOV", 11), Map.entry("DECEMBER", 12), Map.entry("DEC", 12));

    private static final java.util.regex.Pattern RECENT_YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(1[89]|20)\\d\\d");
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{1,2}");
    private static final java.util.regex.Pattern DAYS = java.util.regex.Pattern.compile("\\d{1,2}(-\\d{1,2})?");

    @Override
    public void apply(SentenceAnalysis a) {
        LocalDate doc = a.document().date();
        for (int i = 0; i < a.tokens().size(); i++) {
            try {
                if (resolve(a, i, doc)) {
                    return;
                }
            } catch (RuntimeException e) {
                // "February 30" and the like: not a date, keep looking
            }
        }
    }

    private boolean resolve(SentenceAnalysis a, int i, LocalDate doc) {
        String w = a.key(i);
        Integer month = MONTHS.get(w.endsWith(".") ? w.substring(0, w.length() - 1) : w);
        if (month != null && (month != 5 || a.tokens().get(i).capitalised())) {
            return dayFirst(a, i, month, doc) || monthFirst(a, i, month, doc);
        }
        if (doc == null) {
            // the word test first: this runs at every token, and a regex matcher is an allocation
            if (a.key(i - 1).equals("IN") && RECENT_YEAR.matcher(w).matches()) {
                a.date(LocalDate.of(Integer.parseInt(w), 1, 1), DatePrecision.YEAR);
                return true;
            }
            return false;
        }
        switch (w) {
            case "YESTERDAY" -> a.date(doc.minusDays(1), DatePrecision.DAY);
            case "TODAY", "TONIGHT" -> a.date(doc, DatePrecision.DAY);
            case "TOMORROW" -> a.date(doc.plusDays(1), DatePrecision.DAY);
            case "LAST", "NEXT", "THIS" -> {
                return relative(a, w, a.key(i + 1), doc);
            }
            default -> {
                DayOfWeek day = weekday(w);
                if (day != null && !a.key(i - 1).equals("NEXT")) {
                    a.date(doc.with(TemporalAdjusters.previousOrSame(day)), DatePrecision.DAY);
                    return true;
                }
                if (a.key(i - 1).equals("IN") && RECENT_YEAR.matcher(w).matches()) {
                    a.date(LocalDate.of(Integer.parseInt(w), 1, 1), DatePrecision.YEAR);
                    return true;
                }
                return false;
            }
        }
        return true;
    }

    private static boolean relative(SentenceAnalysis a, String which, String unit, LocalDate doc) {
        int step = which.equals("LAST") ? -1 : which.equals("NEXT") ? 1 : 0;
        switch (unit) {
            case "WEEK" -> a.date(doc.plusWeeks(step).with(DayOfWeek.MONDAY), DatePrecision.WEEK);
            case "MONTH" -> a.date(doc.plusMonths(step).withDayOfMonth(1), DatePrecision.MONTH);
            case "YEAR" -> a.date(doc.plusYears(step).withDayOfYear(1), DatePrecision.YEAR);
            default -> {
                DayOfWeek day = weekday(unit);
                if (day == null) {
                    return false;
                }
                a.date(step > 0 ? doc.with(TemporalAdjusters.next(day)) : doc.with(TemporalAdjusters.previous(day)),
                        DatePrecision.DAY);
            }
        }
        return true;
    }

    /** "February 16, 2023", "February 16", "February 2023". */
    private static boolean monthFirst(SentenceAnalysis a, int i, int month, LocalDate doc) {
        String next = a.key(i + 1);
        if (DAY.matcher(next).matches()) {
            int day = Integer.parseInt(next);
            int j = a.key(i + 2).equals(",") ? i + 3 : i + 2;
            Integer year = year(a.key(j));
            if (year == null && doc == null) {
                return false;
            }
            a.date(LocalDate.of(year != null ? year : inferYear(doc, month), month, day), DatePrecision.DAY);
            return true;
        }
        Integer year = year(next);
        if (year != null) {
            a.date(LocalDate.of(year, month, 1), DatePrecision.MONTH);
            return true;
        }
        return false;
    }

    /** "16 February 2023", "14-18 February 2023", "16 February". */
    private static boolean dayFirst(SentenceAnalysis a, int i, int month, LocalDate doc) {
        String prev = a.key(i - 1);
        if (!DAYS.matcher(prev).matches()) {
            return false;
        }
        String[] days = prev.split("-");
        Integer year = year(a.key(i + 1));
        if (year == null && doc == null) {
            return false;
        }
        int first = Integer.parseInt(days[0]);
        LocalDate d = LocalDate.of(year != null ? year : inferYear(doc, month), month, first);
        int span = days.length > 1 ? Integer.parseInt(days[1]) - first : 0;
        a.date(d, span <= 0 ? DatePrecision.DAY : span <= 7 ? DatePrecision.WEEK : DatePrecision.MONTH);
        return true;
    }

    private static Integer year(String s) {
        return YEAR.matcher(s).matches() ? Integer.valueOf(s) : null;
    }

    /** A month without a year is the latest such month not far after the document date. */
    private static int inferYear(LocalDate doc, int month) {
        return month > doc.getMonthValue() + 1 ? doc.getYear() - 1 : doc.getYear();
    }

    private static DayOfWeek weekday(String w) {
        try {
            return w.length() >= 6 && w.endsWith("DAY") ? DayOfWeek.valueOf(w.toUpperCase(Locale.ROOT)) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
