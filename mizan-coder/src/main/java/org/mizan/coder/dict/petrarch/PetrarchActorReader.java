package org.mizan.coder.dict.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mizan.coder.dict.ActorEntry;
import org.mizan.coder.dict.ActorEntry.CodeRule;
import org.mizan.coder.dict.PhraseTrie;

/**
 * Reads a TABARI/PETRARCH actor file into a phrase trie.
 *
 * <p>An entry is a name line ({@code PAKISTAN [PAK]}), optional synonym lines ({@code +PAKISTANI}) and
 * optional indented code lines with date restrictions: {@code [HOB <950601]} (before), {@code [HOBREB >990816]}
 * (from), {@code [HOBGOV 19950601-19990815]} (between); dates are yyMMdd or yyyyMMdd. Words are joined by
 * '_'; a name not ending in '_' matches word endings of its last word (TABARI's stem rule). A code line
 * that cannot be parsed is skipped, as PETRARCH does. Cost: one pass over the file.
 */
public final class PetrarchActorReader {

    private PetrarchActorReader() {
    }

    /** Adds every actor in {@code lines} to {@code trie}; returns the number of entries read. */
    public static int read(List<String> lines, PhraseTrie<ActorEntry> trie) {
        List<String> names = new ArrayList<>();
        List<CodeRule> rules = new ArrayList<>();
        int entries = 0;
        for (String raw : lines) {
            String line = Lines.uncomment(raw);
            if (line.isBlank()) {
                continue;
            }
            String t = line.trim();
            boolean indented = Character.isWhitespace(line.charAt(0));
            if (indented && t.startsWith("[")) {
                codes(t, rules);
            } else if (t.startsWith("+")) {
                int b = t.indexOf('[');
                names.add(b >= 0 ? t.substring(1, b) : t.substring(1));
                if (b >= 0) {
                    codes(t.substring(b), rules);
                }
            } else if (!indented) {
                entries += flush(names, rules, trie);
                int b = t.indexOf('[');
                names.add(b >= 0 ? t.substring(0, b) : t);
                if (b >= 0) {
                    codes(t.substring(b), rules);
                }
            }
        }
        entries += flush(names, rules, trie);
        return entries;
    }

    private static int flush(List<String> names, List<CodeRule> rules, PhraseTrie<ActorEntry> trie) {
        int n = 0;
        if (!names.isEmpty() && !rules.isEmpty()) {
            ActorEntry e = new ActorEntry(names.get(0).trim(), rules);
            for (String name : names) {
                List<String> w = Lines.words(name, true);
                if (!w.isEmpty()) {
                    trie.add(w, e);
                }
            }
            n = 1;
        }
        names.clear();
        rules.clear();
        return n;
    }

    /** Parses every "[CODE restriction]" block on a line. */
    private static void codes(String s, List<CodeRule> rules) {
        int i = 0;
        while ((i = s.indexOf('[', i)) >= 0) {
            int j = s.indexOf(']', i);
            if (j < 0) {
                return;
            }
            CodeRule r = rule(s.substring(i + 1, j).trim());
            if (r != null) {
                rules.add(r);
            }
            i = j + 1;
        }
    }

    private static CodeRule rule(String body) {
        String[] parts = body.split("\\s+", 2);
        // "FRO/BIL/SAM": one name standing for several actors at once
        String code = parts[0].trim().toUpperCase(java.util.Locale.ROOT);
        if (code.isEmpty() || !code.matches("[A-Z0-9/-]+") || code.matches("\\d.*")) {
            return null;
        }
        if (parts.length == 1) {
            return new CodeRule(code, null, null);
        }
        String d = parts[1].replace(" ", "");
        try {
            if (d.startsWith("<")) {
                return new CodeRule(code, null, Lines.date(d.substring(1)).minusDays(1));
            }
            if (d.startsWith(">")) {
                return new CodeRule(code, Lines.date(d.substring(1)), null);
            }
            int dash = d.indexOf('-');
            if (dash > 0) {
                LocalDate from = Lines.date(d.substring(0, dash));
                LocalDate to = Lines.date(d.substring(dash + 1));
                return new CodeRule(code, from, to);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }
}
