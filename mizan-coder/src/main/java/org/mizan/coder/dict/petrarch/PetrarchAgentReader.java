package org.mizan.coder.dict.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mizan.coder.dict.AgentEntry;
import org.mizan.coder.dict.PhraseTrie;

/**
 * Reads a TABARI/PETRARCH agents file: {@code FOREIGN_MINISTER [~GOVFRM]}, with substitution sets
 * ({@code !PERSON! = MAN, MEN, WOMAN}) and plural braces ({@code {ATTORNEYS_GENERAL}} lists the plurals,
 * {@code {}} says there are none, no braces means regular English plurals). A code "~GOV" is appended to
 * the actor's code, "NGO~" is put in front. Agents match whole words, not stems.
 */
public final class PetrarchAgentReader {

    private PetrarchAgentReader() {
    }

    public static int read(List<String> lines, PhraseTrie<AgentEntry> trie) {
        Map<String, List<String>> subs = new HashMap<>();
        int n = 0;
        for (String raw : lines) {
            String t = Lines.uncomment(raw).trim();
            if (t.isEmpty()) {
                continue;
            }
            if (t.startsWith("!") && t.contains("=")) {
                String key = t.substring(0, t.indexOf('=')).trim().toUpperCase(java.util.Locale.ROOT);
                List<String> alts = new ArrayList<>();
                for (String a : t.substring(t.indexOf('=') + 1).split(",")) {
                    if (!a.isBlank()) {
                        alts.add(a.trim().toUpperCase(java.util.Locale.ROOT));
                    }
                }
                subs.put(key, alts);
                continue;
            }
            int b = t.indexOf('[');
            int e = t.indexOf(']', Math.max(b, 0));
            if (b < 0 || e < 0) {
                continue;
            }
            String code = t.substring(b + 1, e).trim();
            boolean prefix = code.endsWith("~") && !code.startsWith("~");
            code = code.replace("~", "").trim();
            if (code.isEmpty()) {
                continue;
            }
            String head = t.substring(0, b).trim();
            List<String> plurals = null;
            int brace = head.indexOf('{');
            if (brace >= 0) {
                int close = head.indexOf('}', brace);
                plurals = new ArrayList<>();
                for (String p : head.substring(brace + 1, close < 0 ? head.length() : close).split("\\s+")) {
                    if (!p.isBlank()) {
                        plurals.add(p);
                    }
                }
                head = head.substring(0, brace).trim();
            }
            AgentEntry entry = new AgentEntry(code.toUpperCase(java.util.Locale.ROOT), prefix);
            for (String form : expand(head.toUpperCase(java.util.Locale.ROOT), subs)) {
                trie.add(Lines.words(form, false), entry);
                if (plurals == null) {
                    trie.add(Lines.words(plural(form), false), entry);
                }
            }
            if (plurals != null) {
                for (String p : plurals) {
                    for (String form : expand(p.toUpperCase(java.util.Locale.ROOT), subs)) {
                        trie.add(Lines.words(form, false), entry);
                    }
                }
            }
            n++;
        }
        return n;
    }

    private static List<String> expand(String phrase, Map<String, List<String>> subs) {
        int s = phrase.indexOf('!');
        int e = s < 0 ? -1 : phrase.indexOf('!', s + 1);
        if (s < 0 || e < 0) {
            return List.of(phrase);
        }
        List<String> alts = subs.get(phrase.substring(s, e + 1));
        if (alts == null) {
            return List.of(phrase.replace("!", ""));
        }
        List<String> out = new ArrayList<>();
        for (String a : alts) {
            out.addAll(expand(phrase.substring(0, s) + a + phrase.substring(e + 1), subs));
        }
        return out;
    }

    /** The regular English plural of a phrase's last word ("MINISTER" -> "MINISTERS", "PARTY" -> "PARTIES"). */
    static String plural(String phrase) {
        String p = phrase.endsWith("_") ? phrase.substring(0, phrase.length() - 1) : phrase;
        if (p.endsWith("MAN")) {
            return p.substring(0, p.length() - 3) + "MEN";
        }
        if (p.endsWith("Y") && p.length() > 2 && "AEIOU".indexOf(p.charAt(p.length() - 2)) < 0) {
            return p.substring(0, p.length() - 1) + "IES";
        }
        if (p.endsWith("S") || p.endsWith("X") || p.endsWith("CH") || p.endsWith("SH") || p.endsWith("Z")) {
            return p + "ES";
        }
        return p + "S";
    }
}
