package org.mizan.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads and checks a request's query parameters. Every accessor either returns a valid value (or null
 * when the parameter is absent) or throws a 400 {@link ApiException} whose message names the parameter
 * and what it should be. Values only ever reach SQL as bound parameters, through the modules' requests.
 */
public final class Params {

    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{3}");

    private final Context ctx;

    public Params(Context ctx) {
        this.ctx = ctx;
    }

    /** The raw value, or null when absent or empty. */
    public String raw(String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    public String required(String name, Pattern pattern, String what) {
        String v = string(name, pattern, what);
        if (v == null) {
            throw ApiException.badRequest("parameter '" + name + "' is required: " + what);
        }
        return v;
    }

    /** A value matching {@code pattern}, or null. */
    public String string(String name, Pattern pattern, String what) {
        String v = raw(name);
        if (v != null && !pattern.matcher(v).matches()) {
            throw bad(name, what, v);
        }
        return v;
    }

    /** A three-letter country code in upper case, or null. */
    public String country(String name) {
        String v = string(name, COUNTRY, "a three-letter country code such as PAK");
        return v == null ? null : v.toUpperCase(Locale.ROOT);
    }

    public String requiredCountry(String name) {
        String v = country(name);
        if (v == null) {
            throw ApiException.badRequest("parameter '" + name + "' is required: a three-letter country code such as PAK");
        }
        return v;
    }

    /** Exactly two country codes separated by a comma (or a dash), upper case. */
    public List<String> pair(String name, boolean required) {
        String v = raw(name);
        if (v == null) {
            if (required) {
                throw ApiException.badRequest("parameter '" + name + "' is required: two country codes such as USA,RUS");
            }
            return null;
        }
        List<String> parts = Arrays.stream(v.split("[,-]")).map(String::trim).toList();
        if (parts.size() != 2 || !parts.stream().allMatch(p -> COUNTRY.matcher(p).matches())) {
            throw bad(name, "two country codes such as USA,RUS", v);
        }
        return parts.stream().map(p -> p.toUpperCase(Locale.ROOT)).toList();
    }

    /** A comma-separated list of values each matching {@code item}; empty when absent. */
    public List<String> list(String name, Pattern item, String what) {
        String v = raw(name);
        if (v == null) {
            return List.of();
        }
        List<String> parts = Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (parts.isEmpty() || parts.size() > 50 || !parts.stream().allMatch(p -> item.matcher(p).matches())) {
            throw bad(name, what, v);
        }
        return parts;
    }

    public LocalDate date(String name) {
        String v = raw(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw bad(name, "a date as YYYY-MM-DD", v);
        }
    }

    /** An integer in [min, max], or {@code fallback} when absent. */
    public Integer integer(String name, Integer fallback, long min, long max) {
        String v = raw(name);
        if (v == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v);
            if (n >= min && n <= max) {
                return (int) n;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        throw bad(name, "an integer from " + min + " to " + max, v);
    }

    public Long longValue(String name, long fallback) {
        String v = raw(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw bad(name, "an integer", v);
        }
    }

    /** A finite number in [min, max], or {@code fallback} when absent. */
    public double number(String name, double fallback, double min, double max) {
        String v = raw(name);
        if (v == null) {
            return fallback;
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isFinite(d) && d >= min && d <= max) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        throw bad(name, "a number from " + min + " to " + max, v);
    }

    public boolean bool(String name) {
        String v = raw(name);
        if (v == null) {
            return false;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw bad(name, "true or false", v);
        };
    }

    /** One of {@code choices} (case-insensitive, returned in lower case), or {@code fallback}. */
    public String choice(String name, String fallback, String... choices) {
        String v = raw(name);
        if (v == null) {
            return fallback;
        }
        String lower = v.toLowerCase(Locale.ROOT);
        if (!Arrays.asList(choices).contains(lower)) {
            throw bad(name, "one of " + String.join(", ", choices), v);
        }
        return lower;
    }

    static ApiException bad(String name, String what, String value) {
        String shown = value.length() > 60 ? value.substring(0, 60) + "..." : value;
        return ApiException.badRequest("parameter '" + name + "' must be " + what + ", not '" + shown + "'");
    }
}
