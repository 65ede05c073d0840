package org.mizan.models.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mizan.models.sweep.SweepResult;

/**
 * How a sweep's outcome moves: the median and the weighted mean of the final positions (first dimension)
 * against the swept value, as a self-contained SVG line chart.
 */
public final class SweepChart {

    private SweepChart() {
    }

    public static String svg(SweepResult r) {
        Table t = r.table();
        int iMedian = 3;
        int iMean = 4;
        List<double[]> median = new ArrayList<>();
        List<double[]> mean = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            double x = ((Number) row.get(0)).doubleValue();
            median.add(new double[] {x, ((Number) row.get(iMedian)).doubleValue()});
            mean.add(new double[] {x, ((Number) row.get(iMean)).doubleValue()});
        }
        double[] xr = range(median, 0);
        double[] yr = range(median, 1);
        double[] yr2 = range(mean, 1);
        double ylo = Math.min(yr[0], yr2[0]);
        double yhi = Math.max(yr[1], yr2[1]);
        if (yhi == ylo) {
            yhi = ylo + 1;
        }
        if (xr[1] == xr[0]) {
            xr[1] = xr[0] + 1;
        }
        int w = 640;
        int h = 360;
        int left = 70;
        int bottom = 50;
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' "
                + "height='%d' font-family='sans-serif' font-size='12'>", w, h));
        sb.append(String.format(Locale.ROOT, "<text x='%d' y='20'>%s: %s of %s</text>", left,
                r.results().get(0).model().toUpperCase(Locale.ROOT), r.sweep().variable().name().toLowerCase(Locale.ROOT),
                escape(r.sweep().actor())));
        sb.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='#888'/>", left, h - bottom, w - 20, h - bottom));
        sb.append(String.format(Locale.ROOT, "<line x1='%d' y1='30' x2='%d' y2='%d' stroke='#888'/>", left, left, h - bottom));
        sb.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='end'>%.2f</text>", left - 6, h - bottom, ylo));
        sb.append(String.format(Locale.ROOT, "<text x='%d' y='40' text-anchor='end'>%.2f</text>", left - 6, yhi));
        sb.append(String.format(Locale.ROOT, "<text x='%d' y='%d'>%.2f</text>", left, h - bottom + 18, xr[0]));
        sb.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='end'>%.2f</text>", w - 20, h - bottom + 18, xr[1]));
        line(sb, median, xr, ylo, yhi, w, h, left, bottom, "#2b6cb0");
        line(sb, mean, xr, ylo, yhi, w, h, left, bottom, "#c53030");
        sb.append(String.format(Locale.ROOT, "<text x='%d' y='%d' fill='#2b6cb0'>median</text><text x='%d' y='%d' "
                + "fill='#c53030'>weighted mean</text>", left + 10, h - 12, left + 90, h - 12));
        return sb.append("</svg>\n").toString();
    }

    private static void line(StringBuilder sb, List<double[]> pts, double[] xr, double ylo, double yhi, int w, int h,
                             int left, int bottom, String color) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < pts.size(); i++) {
            double x = left + (pts.get(i)[0] - xr[0]) / (xr[1] - xr[0]) * (w - 20 - left);
            double y = (h - bottom) - (pts.get(i)[1] - ylo) / (yhi - ylo) * (h - bottom - 40);
            d.append(i == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f ", x, y));
            sb.append(String.format(Locale.ROOT, "<circle cx='%.1f' cy='%.1f' r='3' fill='%s'/>", x, y, color));
        }
        sb.append("<path d='").append(d).append("' fill='none' stroke='").append(color).append("' stroke-width='1.5'/>");
    }

    private static double[] range(List<double[]> pts, int k) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] p : pts) {
            lo = Math.min(lo, p[k]);
            hi = Math.max(hi, p[k]);
        }
        return new double[] {lo, hi};
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
