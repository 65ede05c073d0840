package org.mizan.coder.doc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Parses the dates found in document metadata: ISO dates and date-times, yyyyMMdd, RFC 1123 (HTTP and RSS)
 * and "February 16, 2023". Anything else gives null rather than an exception.
 */
public final class DocumentDates {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));

    private DocumentDates() {
    }

    public static LocalDate parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.trim();
        try {
            if (t.matches("\\d{8}")) {
                return LocalDate.parse(t, DateTimeFormatter.BASIC_ISO_DATE);
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(t);
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}[T ].*")) {
                try {
                    return OffsetDateTime.parse(t.replace(' ', 'T')).toLocalDate();
                } catch (DateTimeParseException e) {
                    return LocalDate.parse(t.substring(0, 10));
                }
            }
            if (t.length() > 5 && Character.isLetter(t.charAt(0)) && t.contains(",") && t.contains(":")) {
                return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
