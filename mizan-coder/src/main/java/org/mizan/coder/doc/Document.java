package org.mizan.coder.doc;

import java.time.LocalDate;

/**
 * One document to code: its id, the date relative dates in it are resolved against, and its text.
 *
 * @param id     stable document id (file name, JSONL "id", or a counter)
 * @param date   the document date (publication date), or null when unknown
 * @param text   the body text to code; never null
 * @param title  the title, or null
 * @param url    where it came from, or null
 * @param source publisher or outlet, or null
 */
public record Document(String id, LocalDate date, String text, String title, String url, String source) {

    public Document {
        text = text == null ? "" : text;
        id = id == null || id.isBlank() ? "doc" : id;
    }

    public static Document of(String id, LocalDate date, String text) {
        return new Document(id, date, text, null, null, null);
    }

    /** This document with {@code fallback} as its date when it has none. */
    public Document withDefaultDate(LocalDate fallback) {
        return date != null || fallback == null ? this : new Document(id, fallback, text, title, url, source);
    }
}
