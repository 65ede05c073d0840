package org.mizan.analytics.report;

import java.util.List;
import java.util.Locale;
import org.mizan.analytics.balance.BalanceResult;
import org.mizan.analytics.network.SignedEdge;
import org.mizan.analytics.network.SignedNetwork;

/**
 * The brief's charts as self-contained SVG (no script, so they render in any browser, e-mail or PDF
 * converter): balance by domain with interval whiskers, the trend, and the signed network of states.
 */
final class Svg {

    private Svg() {
    }

    /** Horizontal bars from 0 toward -1 (first power, left) or +1 (second power, right). */
    static String balanceByDomain(List<BalanceResult.DomainScore> domains, String first, String second) {
        int rowH = 28;
        int w = 640;
        int left = 130;
        int plot = w - left - 20;
        int h = 50 + rowH * domains.size();
        StringBuilder sb = header(w, h);
        double zero = left + plot / 2.0;
        sb.append(text(left, 18, "← " + first, "start")).append(text(left + plot, 18, second + " →", "end"));
        sb.append(line(zero, 26, zero, h - 10, "#888"));
        int y = 34;
        for (BalanceResult.DomainScore d : domains) {
            sb.append(text(left - 8, y + 15, d.domain(), "end"));
            if (d.score().score() != null) {
                double s = d.score().score();
                double x0 = Math.min(zero, zero + s * plot / 2);
                String color = s < 0 ? "#2b6cb0" : "#c53030";
                sb.append(String.format(Locale.ROOT, "<rect x='%.1f' y='%d' width='%.1f' height='16' fill='%s'/>",
                        x0, y + 3, Math.abs(s) * plot / 2, color));
                double lo = zero + d.score().ciLow() * plot / 2;
                double hi = zero + d.score().ciHigh() * plot / 2;
                sb.append(line(lo, y + 11, hi, y + 11, "#222")).append(line(lo, y + 6, lo, y + 16, "#222"))
                        .append(line(hi, y + 6, hi, y + 16, "#222"));
            }
            y += rowH;
        }
        return sb.append("</svg>").toString();
    }

    /** The overall score per period as a line between -1 and +1. */
    static String trend(List<BalanceResult.PeriodScore> trend, String first, String second) {
        int w = 640;
        int h = 220;
        int left = 80;
        int plotW = w - left - 20;
        int top = 20;
        int plotH = h - 60;
        StringBuilder sb = header(w, h);
        double mid = top + plotH / 2.0;
        sb.append(line(left, mid, left + plotW, mid, "#888"));
        sb.append(text(left - 6, top + 10, "+1 " + second, "end")).append(text(left - 6, top + plotH, "−1 " + first, "end"));
        List<BalanceResult.PeriodScore> pts = trend.stream().filter(p -> p.score().score() != null).toList();
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < pts.size(); i++) {
            double x = left + (pts.size() == 1 ? plotW / 2.0 : i * plotW / (double) (pts.size() - 1));
            double y = mid - pts.get(i).score().score() * plotH / 2;
            path.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f ", x, y));
            sb.append(String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='3' fill='#222'/>", x, y));
            sb.append(text(x, top + plotH + 20, pts.get(i).period().toString().substring(0, 7), "middle"));
        }
        if (pts.size() > 1) {
            sb.append("<path d='").append(path).append("' fill='none' stroke='#222' stroke-width='1.5'/>");
        }
        return sb.append("</svg>").toString();
    }

    /** Nodes on a circle; positive ties solid blue, negative dashed red. */
    static String network(SignedNetwork g, String focal) {
        int size = 520;
        double c = size / 2.0;
        double r = size / 2.0 - 60;
        List<String> nodes = g.nodes();
        double[][] xy = new double[nodes.size()][2];
        for (int i = 0; i < nodes.size(); i++) {
            double a = 2 * Math.PI * i / nodes.size() - Math.PI / 2;
            xy[i][0] = c + r * Math.cos(a);
            xy[i][1] = c + r * Math.sin(a);
        }
        StringBuilder sb = header(size, size);
        for (SignedEdge e : g.edges()) {
            int i = nodes.indexOf(e.a());
            int j = nodes.indexOf(e.b());
            sb.append(String.format(Locale.ROOT, "<line x1='%.1f' y1='%.1f' x2='%.1f' y2='%.1f' stroke='%s'%s/>",
                    xy[i][0], xy[i][1], xy[j][0], xy[j][1], e.sign() > 0 ? "#2b6cb0" : "#c53030",
                    e.sign() > 0 ? "" : " stroke-dasharray='5,4'"));
        }
        for (int i = 0; i < nodes.size(); i++) {
            boolean f = nodes.get(i).equals(focal);
            sb.append(String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='%d' fill='%s'/>", xy[i][0], xy[i][1],
                    f ? 9 : 6, f ? "#d69e2e" : "#4a5568"));
            sb.append(text(xy[i][0], xy[i][1] - 12, nodes.get(i), "middle"));
        }
        return sb.append("</svg>").toString();
    }

    private static StringBuilder header(int w, int h) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' viewBox='0 0 %d %d' "
                        + "font-family='sans-serif' font-size='12'>", w, h, w, h));
    }

    private static String text(double x, double y, String s, String anchor) {
        return String.format(Locale.ROOT, "<text x='%.1f' y='%.1f' text-anchor='%s'>%s</text>", x, y, anchor, escape(s));
    }

    private static String line(double x1, double y1, double x2, double y2, String color) {
        return String.format(Locale.ROOT, "<line x1='%.1f' y1='%.1f' x2='%.1f' y2='%.1f' stroke='%s'/>", x1, y1, x2, y2, color);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;").replace("\"", "&quot;");
    }
}
