package org.mizan.coder.dict.petrarch;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mizan.coder.dict.PhraseTrie;

/**
 * Reads Phoenix's issue file ({@code <ISSUE CATEGORY="ENERGY">} blocks of terms; {@code n:} marks a noun
 * that also matches its plural, {@code +} joins hyphenated words, {@code ~} lines are exclusions and are
 * skipped) into a trie of terms -> Mizan domain. Phoenix categories map onto Mizan's domains
 * (ENERGY -> energy, SANCTIONS -> economy, REFUGEES -> humanitarian ...); an unmapped category becomes
 * its lower-case name.
 */
public final class PetrarchIssueReader {

    private static final Map<String, String> DOMAINS = Map.ofEntries(
            Map.entry("ENERGY", "energy"), Map.entry("EDUCATION", "domestic"), Map.entry("TOURISM", "economy"),
            Map.entry("SOUTH-TO-SOUTH", "diplomacy"), Map.entry("EUROPEAN_UNION", "diplomacy"),
            Map.entry("FOREIGN_AID", "humanitarian"), Map.entry("INT_FINANCIAL_INST", "economy"),
            Map.entry("CIVIL_SOCIETY", "domestic"), Map.entry("RETALIATION", "security"),
            Map.entry("ID_ATROCITY", "security"), Map.entry("CRIME", "legal"), Map.entry("ID_EXTREMISM", "security"),
            Map.entry("SHORTAGE", "humanitarian"), Map.entry("AGRICULTURE", "economy"),
            Map.entry("ID_PROLIFERATION", "security"), Map.entry("ID_ARMS_DEAL", "security"),
            Map.entry("VIOLENT_UNREST", "security"), Map.entry("LANDMINE", "security"), Map.entry("IED", "security"),
            Map.entry("PEACEKEEPERS", "security"), Map.entry("SECURITY_SERVICES", "security"),
            Map.entry("NEW_CONSTRUCTION", "economy"), Map.entry("DRONE", "security"), Map.entry("AIRSTRIKE", "security"),
            Map.entry("ID_DEMOCRACY", "domestic"), Map.entry("ID_IMMIGRATION", "humanitarian"),
            Map.entry("ID_SMUGGLING", "legal"), Map.entry("SLUMS", "humanitarian"),
            Map.entry("SOCIAL_MOVEMENT", "domestic"), Map.entry("ID_ACTIVISM", "domestic"),
            Map.entry("GENDER_VIOLENCE", "humanitarian"), Map.entry("LGBT", "domestic"),
            Map.entry("HUMAN_RIGHTS", "humanitarian"), Map.entry("SANCTIONS", "economy"), Map.entry("WMD", "security"),
            Map.entry("REFUGEES", "humanitarian"), Map.entry("CENSORSHIP", "domestic"), Map.entry("KIDNAP", "security"),
            Map.entry("ASSASSINATION", "security"), Map.entry("COUPS", "domestic"),
            Map.entry("NAMED_TERROR_GROUP", "security"), Map.entry("ACTIVISM", "domestic"));

    private PetrarchIssueReader() {
    }

    public static int read(List<String> lines, PhraseTrie<String> trie) {
        String domain = null;
        int n = 0;
        for (String raw : lines) {
            String t = Lines.uncomment(raw).trim();
            if (t.isEmpty() || t.startsWith("~")) {
                continue;
            }
            if (t.startsWith("<ISSUE")) {
                int q = t.indexOf("CATEGORY=\"");
                String cat = q < 0 ? "OTHER" : t.substring(q + 10, t.indexOf('"', q + 10));
                domain = DOMAINS.getOrDefault(cat, cat.toLowerCase(Locale.ROOT));
                continue;
            }
            if (t.startsWith("<") || domain == null) {
                continue;
            }
            int b = t.indexOf('[');
            String phrase = (b >= 0 ? t.substring(0, b) : t).trim().replace('+', '-');
            boolean noun = phrase.contains("n:");
            phrase = phrase.replace("n:", "").replace("N:", "");
            if (phrase.isEmpty()) {
                continue;
            }
            List<String> words = Lines.words(phrase, false);
            trie.add(words, domain);
            if (noun) {
                trie.add(Lines.words(PetrarchAgentReader.plural(phrase.toUpperCase(Locale.ROOT)), false), domain);
            }
            n++;
        }
        return n;
    }
}
