package org.mizan.coder.dict.own;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One dictionary entry: a set of names that all mean the same thing to the coder, and what they mean.
 *
 * <p>What {@code code} holds depends on the {@link Kind}: a CAMEO actor code for {@link Kind#ACTOR}
 * ({@code PAKGOV}), null for {@link Kind#PERSON} (whose code depends on the date and lives in
 * {@code tenures}), a CAMEO role code for {@link Kind#AGENT} ({@code MIL}), a domain word for
 * {@link Kind#ISSUE} ({@code energy}) and a reason word for {@link Kind#DISCARD} ({@code sports}).
 * Names are as written in the file: matching is case-insensitive over tokens, and a trailing {@code *} on
 * the last token means "any word starting so". A name in double quotes ({@code "US"}, {@code "WHO"}) is
 * an acronym that spells an English word and must match with exactly that capitalisation; see
 * {@link #isExactCase(String)} and {@link #bareName(String)}. Only persons have tenures; every person has
 * at least one.
 *
 * @param kind    what the entry is
 * @param code    see above; null only for persons
 * @param names   one or more non-blank names, in file order
 * @param tenures dated codes of a person, in file order; empty for every other kind
 * @param file    file the entry came from, for error messages and provenance
 * @param line    one-based line on which the entry starts
 */
public record DictEntry(Kind kind, String code, List<String> names, List<Tenure> tenures, String file, int line) {

    /** What an entry describes; also the section of a dictionary file it is written in. */
    public enum Kind {
        /** A country, territory, government, organisation or armed group with a fixed actor code. */
        ACTOR,
        /** A named person whose actor code is dated by tenures. */
        PERSON,
        /** A generic role noun ("army", "foreign minister") that takes its country from a neighbour. */
        AGENT,
        /** A term marking the policy domain of a sentence. */
        ISSUE,
        /** A phrase marking a sentence as out of scope. */
        DISCARD
    }

    public DictEntry {
        Objects.requireNonNull(kind, "kind");
        names = List.copyOf(names);
        tenures = List.copyOf(tenures);
        if ((code == null) != (kind == Kind.PERSON)) {
            throw new IllegalArgumentException(kind + " entry with code " + code);
        }
    }

    /**
     * True for a name written in double quotes: it matches only text with exactly the capitalisation
     * inside the quotes ("US" but not "us"). A matcher that ignores this sees the quote characters as
     * tokens, so the name then matches almost nothing rather than every "us" in a quotation.
     */
    public static boolean isExactCase(String name) {
        return name.length() >= 2 && name.charAt(0) == '"' && name.charAt(name.length() - 1) == '"';
    }

    /** The name without the quotes of an exact-case name; other names unchanged. */
    public static String bareName(String name) {
        return isExactCase(name) ? name.substring(1, name.length() - 1) : name;
    }

    /**
     * The actor code this entry stands for on a date: the entry's own code, or for a person the code of the
     * tenure covering the date (the first one listed if several do), or null when none does.
     */
    public String codeOn(LocalDate date) {
        if (kind != Kind.PERSON) {
            return code;
        }
        for (Tenure t : tenures) {
            if (t.covers(date)) {
                return t.code();
            }
        }
        return null;
    }
}
