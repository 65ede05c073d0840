package org.mizan.coder.doc;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads one HTML article: its title, its publication date from the page metadata, and its body text with
 * the page furniture removed (navigation, headers and footers, share buttons, "similar posts", author
 * bios, comments, scripts).
 *
 * <p>The body is the {@code <article>} element when there is one, else the element with the most paragraph
 * text; paragraphs and headings are joined with blank lines so sentence splitting sees their ends. Cost:
 * one jsoup parse of the page.
 */
public final class HtmlDocumentReader implements DocumentReader {

    private static final String FURNITURE = "script, style, noscript, nav, header, footer, aside, form, iframe, "
            + "button, svg, figure figcaption, [role=navigation], [role=banner], [role=contentinfo], "
            + "[class~=(?i)(share|social|related|similar|author|bio|comment|newsletter|subscribe|breadcrumb|"
            + "sidebar|menu|advert|promo|tags|byline|footer|nav)], "
            + "[id~=(?i)(share|social|related|similar|author|comment|sidebar|menu|footer|nav)]";

    private static final String[] DATE_META = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[itemprop=datePublished]", "meta[name=date]", "meta[name=pubdate]", "meta[name=publish-date]",
        "meta[name=dc.date]", "meta[name=DC.date.issued]", "meta[property=og:published_time]",
        "meta[name=parsely-pub-date]", "meta[name=sailthru.date]"};

    @Override
    public int read(Reader in, String name, Consumer<Document> sink, Consumer<String> problems)
            throws IOException {
        java.io.StringWriter sb = new java.io.StringWriter();
        in.transferTo(sb);
        sink.accept(parse(sb.toString(), name));
        return 0;
    }

    /** The article in {@code html}, with id {@code id}. */
    public Document parse(String html, String id) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        String title = meta(page, "meta[property=og:title]");
        if (title == null) {
            Element h1 = page.selectFirst("h1");
            title = h1 != null ? h1.text() : page.title();
        }
        String date = null;
        for (String q : DATE_META) {
            date = meta(page, q);
            if (date != null) {
                break;
            }
        }
        if (date == null) {
            Element time = page.selectFirst("time[datetime]");
            date = time == null ? null : time.attr("datetime");
        }
        String url = meta(page, "meta[property=og:url]");
        if (url == null) {
            Element canonical = page.selectFirst("link[rel=canonical]");
            url = canonical == null ? null : canonical.attr("href");
        }
        String source = meta(page, "meta[property=og:site_name]");
        page.select(FURNITURE).remove();
        Element body = page.selectFirst("article");
        if (body == null) {
            body = richest(page.body());
        }
        return new Document(id, DocumentDates.parse(date), body == null ? "" : text(body), title, url, source);
    }

    private static String meta(org.jsoup.nodes.Document page, String query) {
        Element e = page.selectFirst(query);
        String v = e == null ? null : e.attr("content");
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** The element whose direct paragraphs hold the most text: the usual body container. */
    private static Element richest(Element root) {
        if (root == null) {
            return null;
        }
        Element best = root;
        int bestLen = 0;
        for (Element e : root.select("div, section, main, td")) {
            int len = 0;
            for (Element p : e.children()) {
                if (p.tagName().equals("p")) {
                    len += p.text().length();
                }
            }
            if (len > bestLen) {
                bestLen = len;
                best = e;
            }
        }
        return best;
    }

    private static String text(Element body) {
        Elements blocks = body.select("p, h2, h3, h4, li, blockquote");
        if (blocks.isEmpty()) {
            return body.text();
        }
        StringBuilder sb = new StringBuilder();
        for (Element b : blocks) {
            if (b.parents().stream().anyMatch(p -> blocks.contains(p))) {
                continue; // a block nested in another block is already in its text
            }
            String t = b.text().trim();
            if (!t.isEmpty()) {
                sb.append(t).append("\n\n");
            }
        }
        return sb.toString().trim();
    }
}
