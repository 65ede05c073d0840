package org.mizan.analytics.report;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.mizan.analytics.balance.BalanceResult;
import org.mizan.analytics.balance.BalanceScore;

/** Writes a {@link Brief} as Markdown, with the charts as SVG files beside it. */
public final class MarkdownBrief {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private MarkdownBrief() {
    }

    public static String render(Brief b) {
        BalanceResult r = b.balance();
        String first = r.request().first();
        String second = r.request().second();
        StringBuilder md = new StringBuilder("# ").append(b.title()).append("\n\n");
        md.append("*").append(period(b)).append(". Written by Mizan on ").append(DAY.format(b.generated()))
                .append(" from ").append(b.events()).append(" events between ").append(Sentences.name(r.request().focal()))
                .append(" and the two powers.*\n\n");
        md.append("## Findings\n\n");
        BalanceScore o = r.overall();
        md.append(Sentences.domain("all domains together", o, r.request().focal(), first, second)
                .replaceFirst("^In all domains together ", "Overall, ")).append('\n');
        if (o.hedging() != null) {
            md.append(String.format(Locale.ROOT, "Its hedging index is %.2f (1 = cooperation spread evenly over both powers).%n",
                    o.hedging()));
        }
        md.append('\n');
        for (BalanceResult.DomainScore d : r.domains()) {
            md.append("- ").append(b.sentences().get(d.domain()));
            for (Citation c : b.evidence().getOrDefault(d.domain(), List.of())) {
                md.append("[^").append(c.number()).append(']');
            }
            md.append('\n');
        }
        md.append("\n![Balance by domain](balance-by-domain.svg)\n\n");
        if (!r.trend().isEmpty()) {
            md.append("## Over time\n\n![Trend](trend.svg)\n\n");
            for (BalanceResult.Shift s : r.shifts()) {
                md.append(String.format(Locale.ROOT, "- From %s the leaning moved from %s to %s (%+.2f → %+.2f).%n",
                        DAY.format(s.period()), s.from(), s.to(), s.scoreBefore(), s.scoreAfter()));
            }
            md.append('\n');
        }
        if (b.network() != null) {
            var n = b.network();
            md.append("## The network of states\n\n![Network](network.svg)\n\n");
            md.append(networkSentence(n)).append("\n\n");
        }
        md.append("## Evidence\n\n");
        for (BalanceResult.DomainScore d : r.domains()) {
            List<Citation> cites = b.evidence().getOrDefault(d.domain(), List.of());
            if (cites.isEmpty()) {
                continue;
            }
            md.append("**").append(d.domain()).append("**\n\n");
            for (Citation c : cites) {
                md.append("> ").append(c.quote()).append(" [^").append(c.number()).append("]\n\n");
            }
        }
        md.append("## Method\n\nScores run from −1 (all toward ").append(Sentences.name(first)).append(") to +1 (all toward ")
                .append(Sentences.name(second)).append("), from the Goldstein weights of events in both directions; "
                        + "intervals are 95% bootstrap intervals. See Mizan's docs/balance.md.\n\n");
        for (List<Citation> cites : b.evidence().values()) {
            for (Citation c : cites) {
                md.append("[^").append(c.number()).append("]: ").append(c.text()).append('\n');
            }
        }
        return md.toString();
    }

    /** One sentence on the network's structural balance; triangles are mentioned only when there are some. */
    static String networkSentence(org.mizan.analytics.network.NetworkAnalysis.Report n) {
        String triangles = n.triangles().triangles() == 0 ? "There are no closed triangles of ties"
                : String.format(Locale.ROOT, "%d of %d triangles are balanced (%.2f)", n.triangles().balanced(),
                n.triangles().triangles(), n.triangles().ratio());
        return String.format(Locale.ROOT, "%d states, %d ties (%d friendly, %d hostile). %s; walk balance %.2f; "
                + "frustration index %d (%s, 0 = perfectly balanced).", n.network().nodeCount(), n.network().edgeCount(),
                n.network().positiveEdgeCount(), n.network().negativeEdgeCount(), triangles, n.walk().ratio(),
                n.frustration().frustration(), n.frustrationMethod());
    }

    static String period(Brief b) {
        if (b.from() == null && b.to() == null) {
            return "All dates in the store";
        }
        return (b.from() == null ? "Up" : DAY.format(b.from())) + " to " + (b.to() == null ? "the latest event" : DAY.format(b.to()));
    }
}
