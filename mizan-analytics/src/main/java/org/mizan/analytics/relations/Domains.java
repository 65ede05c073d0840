package org.mizan.analytics.relations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy domains an event belongs to. Coded text events carry the coder's domains; dataset rows get
 * them from Mizan's rule over CAMEO code, actor roles and known groups ({@code domain-rule.sql}, one
 * condition per domain, explained in docs/domains.md). Events the rule cannot place fall under
 * {@link #OTHER}. The rule renders either as a SQL list or as a bitmask, which is far cheaper to fetch
 * row by row.
 */
public final class Domains {

    public static final String OTHER = "other";

    /** The domains analysts read first, in display order. */
    public static final List<String> MAIN = List.of("security", "energy", "economy", "trade", "diplomacy",
            "humanitarian", "domestic", "legal", "health", "environment", "migration", "technology");

    /** domain -> SQL condition, in rule order; bit i of a mask is the i-th domain. */
    private static final Map<String, String> RULE = load();
    private static final List<String> RULE_DOMAINS = List.copyOf(RULE.keySet());

    private Domains() {
    }

    /** SQL yielding an event row's domains as a non-empty list. */
    public static String effectiveSql() {
        StringBuilder sb = new StringBuilder("(CASE WHEN len(coalesce(domains, [])) > 0 THEN domains ELSE coalesce(nullif(");
        RULE.forEach((d, cond) -> sb.append("(CASE WHEN ").append(cond).append(" THEN ['").append(d)
                .append("'] ELSE []::VARCHAR[] END) || "));
        return sb.append("[]::VARCHAR[], []), ['").append(OTHER).append("']) END)").toString();
    }

    /**
     * SQL for two columns: {@code own_domains} (the event's own domains joined by commas, or NULL) and
     * {@code rule_mask} (the rule's domains as bits); decode with {@link #decode}.
     */
    public static String maskSql() {
        StringBuilder sb = new StringBuilder("CASE WHEN len(coalesce(domains, [])) > 0 THEN array_to_string(domains, ',')"
                + " END AS own_domains, (");
        int bit = 1;
        for (String cond : RULE.values()) {
            sb.append("(CASE WHEN ").append(cond).append(" THEN ").append(bit).append(" ELSE 0 END) + ");
            bit <<= 1;
        }
        return sb.append("0) AS rule_mask").toString();
    }

    /** The domains of one row from {@link #maskSql}'s two columns. */
    public static List<String> decode(String own, int mask) {
        if (own != null) {
            return List.of(own.split(","));
        }
        List<String> out = new ArrayList<>(2);
        for (int i = 0; i < RULE_DOMAINS.size(); i++) {
            if ((mask & (1 << i)) != 0) {
                out.add(RULE_DOMAINS.get(i));
            }
        }
        return out.isEmpty() ? List.of(OTHER) : out;
    }

    /** Sort key: the main domains in their order, then the rest alphabetically. */
    public static int order(String domain) {
        int i = MAIN.indexOf(domain);
        return i >= 0 ? i : MAIN.size() + (OTHER.equals(domain) ? 1 : 0);
    }

    private static Map<String, String> load() {
        Map<String, String> rule = new LinkedHashMap<>();
        try (InputStream in = Domains.class.getResourceAsStream("domain-rule.sql")) {
            String domain = null;
            StringBuilder cond = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("-- domain: ")) {
                    if (domain != null) {
                        rule.put(domain, cond.toString().strip());
                    }
                    domain = line.substring("-- domain: ".length()).strip();
                    cond.setLength(0);
                } else if (!line.startsWith("--")) {
                    cond.append(line).append('\n');
                }
            }
            if (domain != null) {
                rule.put(domain, cond.toString().strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the domain rule", e);
        }
        return rule;
    }
}
