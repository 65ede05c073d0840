package org.mizan.coder.dict.petrarch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mizan.coder.dict.Inflector;
import org.mizan.coder.dict.PatternElement;
import org.mizan.coder.dict.Synset;
import org.mizan.coder.dict.VerbDictionary;
import org.mizan.coder.dict.VerbForm;
import org.mizan.coder.dict.VerbGroup;
import org.mizan.coder.dict.VerbPattern;

/**
 * Reads PETRARCH verb dictionaries: the PETRARCH-1/TABARI pattern format (PETR.Validate.verbs.txt) and
 * PETRARCH-2's CAMEO.2.0.txt, which share their skeleton.
 *
 * <p>Synonym sets are an {@code &NAME} line followed by {@code +WORD} lines. A verb group opens with
 * {@code --- NAME [CODE] ---} (CODE "---" = code only via patterns, "A:B" = event and reciprocal event);
 * then verb lines ({@code BREAK {BROKE BROKEN}}, {@code +BREAK_DOWN}) and pattern lines
 * ({@code - * FOR_ASYLUM [174]}). In a pattern, {@code *} is the verb, {@code $} the source, {@code +} the
 * target, {@code %} a compound actor, {@code ^} one skipped word, {@code &NAME} a synonym set, {@code _}
 * joins words that must be adjacent, and PETRARCH-2's {@code ( )} and {@code { }} phrase brackets are
 * read as plain word order, which is what a shallow matcher can use of them. Transformation lines
 * ({@code ~ ...}) need a parse tree and are skipped. Cost: one pass.
 */
public final class PetrarchVerbReader {

    /** Whether the file being read lets pattern words match with short endings (PETRARCH-2). */
    private static final ThreadLocal<Boolean> STEMS = ThreadLocal.withInitial(() -> Boolean.TRUE);

    /** A pattern code "+++": use the verb group's default code. */
    public static final String INHERIT = "+++";

    private PetrarchVerbReader() {
    }

    public static VerbDictionary read(List<String> lines) {
        VerbDictionary dict = new VerbDictionary();
        // PETRARCH-1/TABARI pattern words match exactly ("EFFORT" is not "EFFORTS"); PETRARCH-2's
        // CAMEO.2.0 (recognised by its phrase brackets) is read with short endings, as Mizan's own
        boolean petrarch2 = false;
        for (String l : lines) {
            if (l.startsWith("~") || l.startsWith("-") && l.indexOf('(') > 0) {
                petrarch2 = true;
                break;
            }
        }
        STEMS.set(petrarch2);
        Map<String, List<List<String>>> synsets = new HashMap<>();
        List<List<String>> currentSet = null;
        String groupName = null;
        String[] groupCode = null;
        List<String> verbLines = new ArrayList<>();
        List<String> patternLines = new ArrayList<>();
        for (String raw : lines) {
            String t = Lines.uncomment(raw).trim();
            if (t.isEmpty()) {
                currentSet = null;
                continue;
            }
            if (t.startsWith("-") && !t.startsWith("---") && groupName != null) {
                // pattern lines keep their comment: PETRARCH-2 names the pattern's verb there
                patternLines.add(raw.trim().substring(1).trim());
                continue;
            }
            if (t.startsWith("&")) {
                currentSet = new Synset();
                synsets.put(t.split("\\s+")[0].toUpperCase(Locale.ROOT).replaceAll("_$", ""), currentSet);
                continue;
            }
            if (currentSet != null && t.startsWith("+")) {
                currentSet.add(Lines.words(t.substring(1), true));
                continue;
            }
            currentSet = null;
            if (t.startsWith("---")) {
                flush(dict, groupName, groupCode, verbLines, patternLines, synsets);
                String body = t.replaceAll("^-+", "").replaceAll("-+$", "").trim();
                int b = body.indexOf('[');
                groupName = (b >= 0 ? body.substring(0, b) : body).trim();
                groupCode = b >= 0 ? codes(body.substring(b + 1, body.indexOf(']', b))) : new String[] {null, null};
            } else if (t.startsWith("~") || t.startsWith("####")) {
                continue;
            } else if (groupName != null) {
                verbLines.add(t.startsWith("+") ? t.substring(1) : t);
            }
        }
        flush(dict, groupName, groupCode, verbLines, patternLines, synsets);
        STEMS.remove();
        return dict;
    }

    private static void flush(VerbDictionary dict, String name, String[] code, List<String> verbLines,
                              List<String> patternLines, Map<String, List<List<String>>> synsets) {
        if (name == null) {
            return;
        }
        // PETRARCH-2 names the verb a pattern belongs to in its comment ("- * &TREATY [057] # RATIFY");
        // a pattern whose comment names no verb of the group (PETRARCH-1's "# jw 9/30/91") serves them all
        Set<String> lemmas = new LinkedHashSet<>();
        for (String v : verbLines) {
            lemmas.add(lemma(v));
        }
        List<VerbPattern> shared = new ArrayList<>();
        Map<String, List<VerbPattern>> own = new HashMap<>();
        for (String p : patternLines) {
            int hash = p.indexOf('#');
            VerbPattern vp = pattern(hash >= 0 ? p.substring(0, hash) : p, synsets);
            if (vp == null) {
                continue;
            }
            String owner = hash >= 0 ? lemma(p.substring(hash + 1)) : "";
            if (lemmas.contains(owner)) {
                own.computeIfAbsent(owner, k -> new ArrayList<>()).add(vp);
            } else {
                shared.add(vp);
            }
        }
        String groupCode = INHERIT.equals(code[0]) ? null : code[0];
        for (String v : verbLines) {
            List<VerbPattern> patterns = new ArrayList<>(own.getOrDefault(lemma(v), List.of()));
            patterns.addAll(shared);
            String c = groupCode;
            String pair = code[1];
            String forms = v;
            // PETRARCH-2 lets one verb of a group carry its own default code: "EXPRESS [110]"
            int b = v.indexOf('[');
            if (b >= 0 && v.indexOf(']', b) > b) {
                String[] vc = codes(v.substring(b + 1, v.indexOf(']', b)));
                c = INHERIT.equals(vc[0]) ? groupCode : vc[0];
                pair = vc[1] != null ? vc[1] : pair;
                forms = v.substring(0, b);
            }
            VerbGroup g = new VerbGroup(name + "/" + lemma(v), c, pair, null, patterns);
            dict.add(g);
            addForms(dict, g, forms);
        }
        verbLines.clear();
        patternLines.clear();
    }

    /** The first word of a verb line or comment, upper case, '_' joined: "BREAK_DOWN {...}" -> "BREAK_DOWN". */
    private static String lemma(String s) {
        String t = s.trim().replace("+", "");
        int end = 0;
        while (end < t.length() && !Character.isWhitespace(t.charAt(end)) && t.charAt(end) != '{' && t.charAt(end) != '[') {
            end++;
        }
        return t.substring(0, end).toUpperCase(Locale.ROOT);
    }

    private static void addForms(VerbDictionary dict, VerbGroup g, String verbLine) {
        String line = verbLine.replace(",", " ");
        String head = line;
        List<String> listed = null;
        int brace = line.indexOf('{');
        if (brace >= 0) {
            head = line.substring(0, brace);
            int close = line.indexOf('}', brace);
            listed = new ArrayList<>();
            for (String f : line.substring(brace + 1, close < 0 ? line.length() : close).trim().split("\\s+")) {
                if (!f.isBlank()) {
                    listed.add(f.replace("+", ""));
                }
            }
        }
        List<String> words = Lines.words(head, false);
        if (words.isEmpty()) {
            return;
        }
        String first = words.get(0);
        List<String> rest = words.subList(1, words.size());
        add(dict, words, new VerbForm(g, false, false));
        if (listed != null && listed.isEmpty()) {
            return;
        }
        Set<String> regular = new LinkedHashSet<>();
        regular.add(Inflector.third(first));
        regular.addAll(Inflector.gerund(first));
        for (String f : regular) {
            add(dict, join(f, rest), new VerbForm(g, false, false));
        }
        if (listed == null) {
            for (String f : Inflector.past(first)) {
                add(dict, join(f, rest), new VerbForm(g, true, false));
            }
        } else {
            for (String f : listed) {
                List<String> w = Lines.words(f, false);
                add(dict, w, new VerbForm(g, !f.toUpperCase(Locale.ROOT).contains("ING"), false));
            }
        }
    }

    private static List<String> join(String first, List<String> rest) {
        List<String> out = new ArrayList<>();
        out.add(first);
        out.addAll(rest);
        return out;
    }

    private static void add(VerbDictionary dict, List<String> words, VerbForm form) {
        if (!words.isEmpty()) {
            dict.addForm(words, form);
        }
    }

    /** "042:043" -> {042, 043}; "---" or "+++" -> {null, null}. */
    static String[] codes(String s) {
        String[] parts = s.trim().split(":");
        return new String[] {code(parts[0]), parts.length > 1 ? code(parts[1]) : null};
    }

    private static String code(String s) {
        String c = s.replace("?", "").trim();
        if (c.equals("+++")) {
            return INHERIT;
        }
        return c.isEmpty() || c.startsWith("-") || c.startsWith("+") ? null : c;
    }

    /** One pattern line "WORDS * WORDS [CODE]", or null when it has no verb mark or no code block. */
    static VerbPattern pattern(String line, Map<String, List<List<String>>> synsets) {
        int b = line.lastIndexOf('[');
        int e = line.indexOf(']', Math.max(b, 0));
        if (b < 0 || e < 0) {
            return null;
        }
        String[] code = codes(line.substring(b + 1, e));
        String body = line.substring(0, b).replaceAll("[(){}]", " ").trim();
        // items in order, each knowing whether '_' joined it to the item on its left
        List<String> items = new ArrayList<>();
        List<Boolean> joined = new ArrayList<>();
        List<Boolean> exact = new ArrayList<>();
        for (String chunk : body.split("\\s+")) {
            if (chunk.isEmpty()) {
                continue;
            }
            boolean exactLast = chunk.endsWith("_") && chunk.length() > 1;
            String[] parts = chunk.split("_");
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].isEmpty()) {
                    continue;
                }
                items.add(parts[i].toUpperCase(Locale.ROOT));
                joined.add(i > 0);
                exact.add(exactLast && i == parts.length - 1);
            }
        }
        int verb = items.indexOf("*");
        if (verb < 0) {
            return null;
        }
        List<PatternElement> before = new ArrayList<>();
        for (int i = 0; i < verb; i++) {
            // a before-element is adjacent when '_' joins it to its right neighbour
            PatternElement el = element(items.get(i), joined.get(i + 1), exact.get(i), synsets, true);
            if (el != null) {
                before.add(el);
            }
        }
        List<PatternElement> after = new ArrayList<>();
        for (int i = verb + 1; i < items.size(); i++) {
            PatternElement el = element(items.get(i), joined.get(i), exact.get(i), synsets, false);
            if (el != null) {
                after.add(el);
            }
        }
        return new VerbPattern(before, after, code[0], code[1], null, line.trim());
    }

    private static PatternElement element(String p, boolean adjacent, boolean exact,
                                          Map<String, List<List<String>>> synsets, boolean before) {
        switch (p) {
            case "%":
                // a compound actor: the subject before the verb, the object after it
                return new PatternElement(before ? PatternElement.Kind.SOURCE : PatternElement.Kind.TARGET, null,
                        List.of(), adjacent);
            case "$":
                return new PatternElement(PatternElement.Kind.SOURCE, null, List.of(), adjacent);
            case "+":
                return new PatternElement(PatternElement.Kind.TARGET, null, List.of(), adjacent);
            case "^":
                return new PatternElement(PatternElement.Kind.SKIP, null, List.of(), adjacent);
            default:
                break;
        }
        if (p.startsWith("&")) {
            List<List<String>> set = synsets.get(p);
            return set == null ? null : new PatternElement(PatternElement.Kind.SYNSET, p, set, adjacent);
        }
        if (!Character.isLetterOrDigit(p.charAt(0))) {
            return null;
        }
        return PatternElement.word(exact || p.length() < 4 || !STEMS.get() ? p : p + "*", adjacent);
    }
}
