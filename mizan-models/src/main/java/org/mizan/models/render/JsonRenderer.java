package org.mizan.models.render;

import java.util.List;
import java.util.Map;
import org.mizan.models.ModelResult;
import org.mizan.models.bdm.BdmResult;
import org.mizan.models.smp.SmpResult;

/**
 * JSON for a model result, built by hand (no dependency): a summary ({@code model}, {@code scenario},
 * {@code actors}, {@code dimensions}, {@code rounds}, {@code stopReason}, {@code converged},
 * {@code parameters}, {@code finalPositions}) and every table as {@code {"columns": [...], "rows": [[...]]}}.
 * Numbers that are not finite become {@code null}.
 */
public final class JsonRenderer {

    private JsonRenderer() {
    }

    public static String render(ModelResult r) {
        var sb = new StringBuilder("{\n");
        field(sb, "model", str(r.model()));
        field(sb, "scenario", str(scenarioName(r)));
        field(sb, "actors", array(r.actors().stream().map(JsonRenderer::str).toList()));
        field(sb, "dimensions", array(r.dimensions().stream().map(JsonRenderer::str).toList()));
        field(sb, "rounds", Integer.toString(r.rounds()));
        field(sb, "stopReason", str(r.stopReason().name()));
        field(sb, "converged", Boolean.toString(r.stopReason() == ModelResult.StopReason.CONVERGED));
        if (r instanceof BdmResult b) {
            field(sb, "finalMedian", num(b.finalMedian()));
            field(sb, "finalMean", num(b.finalMean()));
            field(sb, "oscillating", array(b.oscillating().stream().map(JsonRenderer::str).toList()));
        }
        field(sb, "parameters", object(r.parameters()));
        var fp = new StringBuilder("{");
        double[][] p = r.finalPositions();
        for (int i = 0; i < p.length; i++) {
            fp.append(i == 0 ? "" : ", ").append(str(r.actors().get(i))).append(": ")
                    .append(array(java.util.Arrays.stream(p[i]).mapToObj(JsonRenderer::num).toList()));
        }
        field(sb, "finalPositions", fp.append('}').toString());
        sb.append("  \"tables\": {\n");
        List<Table> tables = ResultTables.of(r);
        for (int t = 0; t < tables.size(); t++) {
            Table tab = tables.get(t);
            sb.append("    ").append(str(tab.name())).append(": {\"columns\": ")
                    .append(array(tab.columns().stream().map(JsonRenderer::str).toList())).append(", \"rows\": [");
            for (int i = 0; i < tab.rows().size(); i++) {
                sb.append(i == 0 ? "\n      " : ",\n      ")
                        .append(array(tab.rows().get(i).stream().map(JsonRenderer::value).toList()));
            }
            sb.append("]}").append(t + 1 < tables.size() ? ",\n" : "\n");
        }
        return sb.append("  }\n}\n").toString();
    }

    static String scenarioName(ModelResult r) {
        if (r instanceof BdmResult b) {
            return b.scenario().name();
        }
        return ((SmpResult) r).scenario().name();
    }

    private static void field(StringBuilder sb, String name, String json) {
        sb.append("  ").append(str(name)).append(": ").append(json).append(",\n");
    }

    private static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Double d) {
            return num(d);
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        return str(v.toString());
    }

    private static String num(double d) {
        return Double.isFinite(d) ? Table.cell(d) : "null";
    }

    private static String array(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    private static String object(Map<String, String> m) {
        return "{" + String.join(", ", m.entrySet().stream()
                .map(e -> str(e.getKey()) + ": " + str(e.getValue())).toList()) + "}";
    }

    /** A JSON string literal. */
    static String str(String s) {
        var sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
