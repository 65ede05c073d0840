package org.mizan.models.render;

import java.util.Locale;

/** Output formats: aligned text, JSON, CSV. */
public enum Format {
    TABLE, JSON, CSV;

    /** Parses {@code table}, {@code json} or {@code csv}, any case. */
    public static Format parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
