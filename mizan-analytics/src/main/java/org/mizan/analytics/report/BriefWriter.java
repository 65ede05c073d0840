package org.mizan.analytics.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a brief to a folder: {@code brief.md}, {@code brief.html} and the SVG charts the Markdown links. */
public final class BriefWriter {

    private BriefWriter() {
    }

    public static List<Path> write(Brief b, Path dir) throws IOException {
        Files.createDirectories(dir);
        var r = b.balance();
        List<Path> out = new ArrayList<>();
        out.add(write(dir.resolve("brief.md"), MarkdownBrief.render(b)));
        out.add(write(dir.resolve("brief.html"), HtmlBrief.render(b)));
        out.add(write(dir.resolve("balance-by-domain.svg"), Svg.balanceByDomain(r.domains(), r.request().first(),
                r.request().second())));
        out.add(write(dir.resolve("trend.svg"), Svg.trend(r.trend(), r.request().first(), r.request().second())));
        if (b.network() != null) {
            out.add(write(dir.resolve("network.svg"), Svg.network(b.network().network(), r.request().focal())));
        }
        return out;
    }

    private static Path write(Path p, String content) throws IOException {
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }
}
