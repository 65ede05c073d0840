package org.mizan.analytics.relations;

import java.util.List;

/**
 * The policy domains an event belongs to. Coded text events carry the coder's domains; dataset rows get
 * them from Mizan's rule over CAMEO code, actor roles and known groups ({@code domain-rule.sql},
 * explained in docs/domains.md). Events the rule cannot place fall under {@link #OTHER}.
 */
public final class Domains {

    public static final String OTHER = "other";

    /** The domains analysts read first, in display order. */
    public static final List<String> MAIN = List.of("security", "energy", "economy", "trade", "diplomacy",
            "humanitarian", "domestic", "legal", "health", "environment", "migration", "technology");

    private static final String RULE = SqlTemplate.load("domain-rule.sql");

    private Domains() {
    }

    /** SQL yielding an event row's domains as a non-empty list. */
    public static String effectiveSql() {
        return "(CASE WHEN len(coalesce(domains, [])) > 0 THEN domains ELSE coalesce(nullif(" + RULE
                + ", []), ['" + OTHER + "']) END)";
    }

    /** Sort key: the main domains in their order, then the rest alphabetically. */
    public static int order(String domain) {
        int i = MAIN.indexOf(domain);
        return i >= 0 ? i : MAIN.size() + (OTHER.equals(domain) ? 1 : 0);
    }
}
