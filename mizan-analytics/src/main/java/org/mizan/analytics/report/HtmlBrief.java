package org.mizan.analytics.report;

import java.util.List;
import java.util.Locale;
import org.mizan.analytics.balance.BalanceResult;

/** Writes a {@link Brief} as one self-contained HTML page (inline SVG charts, no scripts). */
public final class HtmlBrief {

    private HtmlBrief() {
    }

    public static String render(Brief b) {
        BalanceResult r = b.balance();
        String first = r.request().first();
        String second = r.request().second();
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>")
                .append(Svg.escape(b.title())).append("</title><style>body{font-family:Georgia,serif;max-width:46em;"
                        + "margin:2em auto;line-height:1.5;color:#222}h1,h2{font-family:sans-serif}"
                        + "blockquote{border-left:3px solid #ccc;margin:0 0 1em;padding-left:1em;color:#444}"
                        + "sup a{text-decoration:none}.meta{color:#666;font-style:italic}mark{background:none}"
                        + "mark.src,mark.tgt{text-decoration:underline}mark.verb{font-weight:bold}</style></head><body>");
        h.append("<h1>").append(Svg.escape(b.title())).append("</h1><p class='meta'>")
                .append(Svg.escape(MarkdownBrief.period(b))).append(". Written by Mizan on ")
                .append(MarkdownBrief.DAY.format(b.generated())).append(" from ").append(b.events()).append(" events.</p>");
        h.append("<h2>Findings</h2><ul>");
        for (BalanceResult.DomainScore d : r.domains()) {
            h.append("<li>").append(Svg.escape(b.sentences().get(d.domain())));
            for (Citation c : b.evidence().getOrDefault(d.domain(), List.of())) {
                h.append("<sup><a href='#fn").append(c.number()).append("'>[").append(c.number()).append("]</a></sup>");
            }
            h.append("</li>");
        }
        h.append("</ul>").append(Svg.balanceByDomain(r.domains(), first, second));
        if (!r.trend().isEmpty()) {
            h.append("<h2>Over time</h2>").append(Svg.trend(r.trend(), first, second));
            for (BalanceResult.Shift s : r.shifts()) {
                h.append(String.format(Locale.ROOT, "<p>From %s the leaning moved from %s to %s (%+.2f → %+.2f).</p>",
                        MarkdownBrief.DAY.format(s.period()), s.from(), s.to(), s.scoreBefore(), s.scoreAfter()));
            }
        }
        if (b.network() != null) {
            var n = b.network();
            h.append("<h2>The network of states</h2>").append(Svg.network(n.network(), r.request().focal()));
            h.append("<p>").append(Svg.escape(MarkdownBrief.networkSentence(n))).append("</p>");
        }
        h.append("<h2>Evidence</h2>");
        for (BalanceResult.DomainScore d : r.domains()) {
            List<Citation> cites = b.evidence().getOrDefault(d.domain(), List.of());
            if (!cites.isEmpty()) {
                h.append("<h3>").append(Svg.escape(d.domain())).append("</h3>");
                cites.forEach(c -> h.append("<blockquote>").append(c.quoteHtml()).append(" <sup>[")
                        .append(c.number()).append("]</sup></blockquote>"));
            }
        }
        h.append("<h2>Notes</h2><ol>");
        b.evidence().values().forEach(cs -> cs.forEach(c -> h.append("<li id='fn").append(c.number()).append("'>")
                .append(link(c.text())).append("</li>")));
        return h.append("</ol></body></html>\n").toString();
    }

    private static String link(String text) {
        return Svg.escape(text).replaceAll("(https?://[^\\s,]+)", "<a href='$1'>$1</a>");
    }
}
