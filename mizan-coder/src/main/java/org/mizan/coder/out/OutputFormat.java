package org.mizan.coder.out;

import java.util.Locale;

/** The output formats of the coder. */
public enum OutputFormat {
    JSONL, TSV, PETRARCH;

    public static OutputFormat parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
