package org.mizan.coder.doc;

import java.util.Locale;

/** The input formats the coder reads: one document per text file, HTML articles, or JSONL records. */
public enum InputFormat {
    TEXT, HTML, JSONL;

    /** Parses "text", "html" or "jsonl" (case-insensitive). */
    public static InputFormat parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }

    /** The format a file name suggests: .html/.htm, .jsonl/.ndjson, otherwise text. */
    public static InputFormat guess(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return HTML;
        }
        return n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json") ? JSONL : TEXT;
    }
}
