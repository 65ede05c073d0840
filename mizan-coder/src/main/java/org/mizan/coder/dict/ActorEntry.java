package org.mizan.coder.dict;

import java.time.LocalDate;
import java.util.List;

/**
 * What an actor phrase stands for: one or more CAMEO actor codes, each valid over a period.
 *
 * <p>A name can change code over time ("Gollum" is HOB before June 1995, HOBGOV until 1999, then HOBREB);
 * {@link #codeOn(LocalDate)} picks the first dated rule covering the date, else the first undated rule.
 * A code of "---" means "known, but not an actor worth coding" and resolves to null.
 *
 * @param name  the dictionary's primary name for the actor
 * @param rules the codes in dictionary order; never empty
 */
public record ActorEntry(String name, List<CodeRule> rules) {

    public ActorEntry {
        rules = List.copyOf(rules);
    }

    public static ActorEntry of(String name, String code) {
        return new ActorEntry(name, List.of(new CodeRule(code, null, null)));
    }

    /**
     * One code and when it applies.
     *
     * @param code CAMEO actor code
     * @param from first day it applies (inclusive), or null for "always before"
     * @param to   last day it applies (inclusive), or null for "open"
     */
    public record CodeRule(String code, LocalDate from, LocalDate to) {
        boolean dated() {
            return from != null || to != null;
        }

        boolean covers(LocalDate d) {
            return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
        }
    }

    /** The code on {@code date} (null date: the undated or last rule), or null when none applies. */
    public String codeOn(LocalDate date) {
        if (date != null) {
            for (CodeRule r : rules) {
                if (r.dated() && r.covers(date)) {
                    return clean(r.code());
                }
            }
        }
        for (CodeRule r : rules) {
            if (!r.dated()) {
                return clean(r.code());
            }
        }
        return date == null ? clean(rules.get(rules.size() - 1).code()) : null;
    }

    private static String clean(String code) {
        return code == null || code.isBlank() || code.startsWith("---") && code.length() == 3 ? null : code;
    }
}
