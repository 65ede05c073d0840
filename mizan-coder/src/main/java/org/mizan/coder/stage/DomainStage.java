package org.mizan.coder.stage;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mizan.coder.dict.PhraseTrie;

/**
 * Finds the policy domains a sentence is about from its issue terms ("gas pipeline" = energy, "tariffs" =
 * trade), and gives each CAMEO code its own domains ({@link #ofCode}). An event's domains are the union
 * of both, code domains first. Cost: one trie walk per token.
 */
public final class DomainStage implements Stage {

    private final PhraseTrie<String> issues;

    public DomainStage(PhraseTrie<String> issues) {
        this.issues = issues;
    }

    @Override
    public void apply(SentenceAnalysis a) {
        if (issues.size() == 0) {
            return;
        }
        int i = 0;
        while (i < a.tokens().size()) {
            PhraseTrie.Match<String> m = issues.longest(a.wordIds(issues.vocabulary()), i, false);
            if (m == null) {
                i++;
            } else {
                a.domains().addAll(m.values());
                i = m.end();
            }
        }
    }

    /** The domains a CAMEO code belongs to by itself ("163" embargo = economy, trade). */
    public static List<String> ofCode(String code) {
        Set<String> out = new LinkedHashSet<>();
        if (code == null || code.length() < 2) {
            return List.of();
        }
        String root = code.substring(0, 2);
        switch (root) {
            case "01", "02", "03", "04", "05", "10", "11", "12" -> out.add("diplomacy");
            case "13", "15", "18", "19", "20" -> out.add("security");
            case "14" -> out.add("domestic");
            case "09" -> out.add("legal");
            default -> { }
        }
        if (code.startsWith("061") || code.startsWith("071") || code.startsWith("085") || code.startsWith("0311")
                || code.startsWith("0211") || code.startsWith("0231") || code.startsWith("0331")
                || code.startsWith("1011") || code.startsWith("1211") || code.startsWith("162")) {
            out.add("economy");
        }
        if (code.startsWith("163") || code.startsWith("086") || code.startsWith("1312")) {
            out.add("economy");
            out.add("trade");
        }
        if (code.startsWith("062") || code.startsWith("064") || code.startsWith("072") || code.startsWith("074")
                || code.startsWith("087") || code.startsWith("17") || code.startsWith("0312")
                || code.startsWith("0356") || code.startsWith("1312")) {
            out.add("security");
        }
        if (code.startsWith("073") || code.startsWith("075") || code.startsWith("0233") || code.startsWith("0333")
                || code.startsWith("0234") || code.startsWith("0234")) {
            out.add("humanitarian");
        }
        if (code.startsWith("063") || code.startsWith("173") || code.startsWith("112") || code.startsWith("115")) {
            out.add("legal");
        }
        if (code.startsWith("06") || code.startsWith("07") || code.startsWith("08") || code.startsWith("16")) {
            if (out.isEmpty()) {
                out.add("diplomacy");
            }
        }
        if (code.startsWith("08") && (code.startsWith("083") || code.startsWith("084") || code.startsWith("081"))) {
            out.add("domestic");
        }
        return List.copyOf(out);
    }
}
