package org.mizan.coder.dict.own;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A period in which a person acts for one actor code: {@code PAKGOV} from 2018-08-18 to 2022-04-10 as
 * Prime Minister.
 *
 * <p>Both ends are inclusive days; {@code to} is null while the person is still in office. A person's code
 * on an event date is the code of the tenure that {@link #covers(LocalDate) covers} that date.
 *
 * @param code  CAMEO actor code during the tenure, upper case
 * @param from  first day, never null
 * @param to    last day, or null when still in office
 * @param title the office as written in the dictionary ("Prime Minister"), never blank
 */
public record Tenure(String code, LocalDate from, LocalDate to, String title) {

    public Tenure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(title, "title");
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("tenure ends " + to + " before it starts " + from);
        }
    }

    /** True when the date lies within this tenure (ends inclusive; an open tenure covers every later date). */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    /** True when the two tenures share at least one day. */
    public boolean overlaps(Tenure other) {
        boolean thisEndsFirst = to != null && to.isBefore(other.from);
        boolean otherEndsFirst = other.to != null && other.to.isBefore(from);
        return !thisEndsFirst && !otherEndsFirst;
    }
}
