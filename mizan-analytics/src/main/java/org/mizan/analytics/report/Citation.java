package org.mizan.analytics.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.mizan.core.event.Event;
import org.mizan.core.event.Marks;
import org.mizan.core.event.Provenance;

/**
 * A numbered footnote for one piece of evidence, in the style analysts' own pieces use:
 * outlet, URL, publication date and the date the source was accessed (when Mizan read it).
 */
public record Citation(int number, Event event, LocalDate accessed) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** The footnote text, without its number. */
    public String text() {
        Provenance p = event.provenance();
        StringBuilder sb = new StringBuilder();
        String source = p.sourceName() != null ? p.sourceName() : p.dataset() == null || p.dataset().equals("text")
                ? "Document " + p.documentId() : p.dataset().toUpperCase(Locale.ROOT) + " event " + p.originalId();
        sb.append(source);
        if (p.url() != null) {
            sb.append(", ").append(p.url());
        }
        LocalDate published = published(p);
        if (published != null) {
            sb.append(", published ").append(DAY.format(published));
        } else if (event.date() != null) {
            sb.append(", event of ").append(DAY.format(event.date()));
        }
        if (accessed != null) {
            sb.append(" (accessed ").append(DAY.format(accessed)).append(')');
        }
        return sb.append('.').toString();
    }

    /** The sentence the event was coded from, or a description of the dataset row. */
    public String quote() {
        Provenance p = event.provenance();
        if (p.evidence() != null && !p.evidence().isBlank()) {
            return p.evidence().strip();
        }
        return (event.source() == null ? "?" : event.source().code()) + " " + event.cameo() + " "
                + (event.target() == null ? "?" : event.target().code());
    }

    /**
     * The quote as HTML with the coded words marked ({@code <mark class='src|tgt|verb'>}), where the coder
     * recorded them; otherwise the escaped quote.
     */
    public String quoteHtml() {
        Provenance p = event.provenance();
        String text = p.evidence();
        if (text == null || text.isBlank() || p.marks() == null) {
            return Svg.escape(quote());
        }
        Marks m = p.marks();
        List<Marked> spans = new ArrayList<>();
        for (Marked k : List.of(new Marked(m.source(), "src"), new Marked(m.target(), "tgt"), new Marked(m.verb(), "verb"))) {
            if (k.span() != null && k.span().end() <= text.length()) {
                spans.add(k);
            }
        }
        spans.sort(Comparator.comparingInt(k -> k.span().start()));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Marked k : spans) {
            if (k.span().start() >= at) {
                out.append(Svg.escape(text.substring(at, k.span().start()))).append("<mark class='").append(k.kind())
                        .append("'>").append(Svg.escape(text.substring(k.span().start(), k.span().end()))).append("</mark>");
                at = k.span().end();
            }
        }
        return out.append(Svg.escape(text.substring(at))).toString().strip();
    }

    /** A marked span of the evidence and what it marks. */
    private record Marked(Marks.Span span, String kind) {
    }

    private static LocalDate published(Provenance p) {
        if (p.published() == null || p.published().length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(p.published().substring(0, 10));
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
