package org.mizan.coder.dict.verbs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.mizan.core.cameo.CameoOntology;

/**
 * Reads Mizan's verb dictionary format (docs/verb-dictionary.md):
 * <pre>
 * @forms  meet met met            # irregular verb: lemma, past, participle
 * @set    weapon = missile, rocket, drone*, cruise missile
 * 042  &lt;visit&gt;                     ; intent=036 pair=043
 * 0311 sign * trade &lt;deal&gt; ...       (not allowed: the verb is the word in angle brackets)
 * 0311 &lt;sign&gt; trade deal
 * 190  &lt;open&gt; fire on $target
 * </pre>
 * A line is a CAMEO code, a pattern and optional {@code ; key=value} options ({@code intent}, {@code pair}).
 * In the pattern the verb is the word in angle brackets (the first word when none is marked; a multi-word
 * verb is joined by '_', "&lt;carry_out&gt;"); words before it must occur before the verb and words after it
 * after, in order, with up to a few words between unless joined by '_'; {@code &name} is a set,
 * {@code $source} and {@code $target} are actor slots; a word of four letters or more also matches with
 * a short ending ("talk" ~ "talks") unless it ends in '=' (exact). Verbs are
 * inflected automatically; a code of {@code -} means "never code this phrase" (to block a more general
 * line). Lines for the same verb form one group; the line with the verb alone gives the default code.
 *
 * <p>Every code must exist in the CAMEO ontology; a bad line throws {@link IllegalArgumentException} naming
 * the file and line, so a typo fails the build rather than silently coding nothing.
 */
public final class MizanVerbReader {

    /** Where the shipped files are; {@code index.txt} lists them in load order. */
    public static final String DEFAULTS = "/org/mizan/coder/dict/verbs/";

    /** Prefix of a noun group's key, so "talks" the noun and "talk" the verb stay apart. */
    private static final String NOUN_MARK = "NOUN:";

    private final Map<String, List<String>> irregular = new HashMap<>();
    private final Map<String, List<List<String>>> sets = new HashMap<>();
    /** verb lemma (upper case, words joined by space) -> [default line, pattern lines] */
    private final Map<String, List<Line>> byVerb = new LinkedHashMap<>();

    private record Line(String code, String intent, String pair, List<PatternElement> before,
                        List<PatternElement> after, String text) {
    }

    /** The shipped dictionary. */
    public static VerbDictionary readDefaults() {
        MizanVerbReader r = new MizanVerbReader();
        for (String line : resourceLines(DEFAULTS + "index.txt")) {
            String file = line.replaceAll("#.*", "").trim();
            if (!file.isEmpty()) {
                r.add(resourceLines(DEFAULTS + file), file);
            }
        }
        return r.build();
    }

    /** A dictionary from one file's text. */
    public static VerbDictionary read(Reader in, String fileName) throws IOException {
        MizanVerbReader r = new MizanVerbReader();
        for (String file : List.of("irregular-verbs.txt")) {
            r.add(resourceLines(DEFAULTS + file), file);
        }
        BufferedReader br = new BufferedReader(in);
        List<String> lines = new ArrayList<>();
        String l;
        while ((l = br.readLine()) != null) {
            lines.add(l);
        }
        r.add(lines, fileName);
        return r.build();
    }

    private void add(List<String> lines, String file) {
        for (int n = 0; n < lines.size(); n++) {
            String raw = lines.get(n);
            int hash = raw.indexOf('#');
            String t = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
            if (t.isEmpty()) {
                continue;
            }
            try {
                parse(t);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": " + e.getMessage() + ": " + t, e);
            }
        }
    }

    private void parse(String t) {
        String[] head = t.split("\\s+", 2);
        if (head[0].equals("@forms")) {
            List<String> forms = List.of(head[1].toUpperCase(Locale.ROOT).split("\\s+"));
            irregular.put(forms.get(0), forms.subList(1, forms.size()));
            return;
        }
        if (head[0].equals("@set")) {
            int eq = head[1].indexOf('=');
            List<List<String>> members = new ArrayList<>();
            for (String m : head[1].substring(eq + 1).split(",")) {
                if (!m.isBlank()) {
                    members.add(List.of(m.trim().toUpperCase(Locale.ROOT).split("\\s+")));
                }
            }
            sets.put("&" + head[1].substring(0, eq).trim().toUpperCase(Locale.ROOT), new Synset(members));
            return;
        }
        if (head.length < 2) {
            throw new IllegalArgumentException("a line needs a code and a pattern");
        }
        String code = head[0].equals("-") ? null : head[0];
        if (code != null && !CameoOntology.get().contains(code)) {
            throw new IllegalArgumentException("unknown CAMEO code " + code);
        }
        String body = head[1];
        String intent = null;
        String pair = null;
        boolean noun = false;
        int semi = body.indexOf(';');
        if (semi >= 0) {
            for (String opt : body.substring(semi + 1).trim().split("\\s+")) {
                if (opt.equals("noun")) {
                    noun = true;
                    continue;
                }
                String[] kv = opt.split("=", 2);
                if (kv.length == 2 && !CameoOntology.get().contains(kv[1])) {
                    throw new IllegalArgumentException("unknown CAMEO code " + kv[1]);
                }
                switch (kv[0]) {
                    case "intent" -> intent = kv[1];
                    case "pair" -> pair = kv[1];
                    case "" -> { }
                    default -> throw new IllegalArgumentException("unknown option " + kv[0]);
                }
            }
            body = body.substring(0, semi).trim();
        }
        String[] words = body.split("\\s+");
        int verb = 0;
        for (int i = 0; i < words.length; i++) {
            if (words[i].startsWith("<")) {
                verb = i;
            }
        }
        String lemma = words[verb].replaceAll("[<>]", "").toUpperCase(Locale.ROOT).replace('_', ' ');
        if (noun) {
            lemma = NOUN_MARK + lemma; // a noun's group is apart from the verb spelt the same ("talks")
        }
        List<PatternElement> before = new ArrayList<>();
        for (int i = 0; i < verb; i++) {
            before.addAll(elements(words[i], true));
        }
        List<PatternElement> after = new ArrayList<>();
        for (int i = verb + 1; i < words.length; i++) {
            after.addAll(elements(words[i], false));
        }
        byVerb.computeIfAbsent(lemma, k -> new ArrayList<>()).add(new Line(code, intent, pair, before, after, t));
    }

    /** The elements of one pattern word; "carry_out" is two adjacent words. */
    private List<PatternElement> elements(String w, boolean before) {
        String[] parts = w.startsWith("&") ? new String[] {w} : w.split("_");
        List<PatternElement> out = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            // inside a joined word, each part is adjacent to its neighbour on the verb's side
            boolean adjacent = before ? i < parts.length - 1 : i > 0;
            out.add(element(parts[i], adjacent));
        }
        return out;
    }

    private PatternElement element(String p, boolean adjacent) {
        String u = p.toUpperCase(Locale.ROOT);
        if (u.equals("$SOURCE")) {
            return new PatternElement(PatternElement.Kind.SOURCE, null, List.of(), adjacent);
        }
        if (u.equals("$TARGET")) {
            return new PatternElement(PatternElement.Kind.TARGET, null, List.of(), adjacent);
        }
        if (u.startsWith("&")) {
            List<List<String>> set = sets.get(u);
            if (set == null) {
                throw new IllegalArgumentException("unknown set " + p);
            }
            return new PatternElement(PatternElement.Kind.SYNSET, u, set, adjacent);
        }
        if (u.endsWith("=")) {
            return PatternElement.word(u.substring(0, u.length() - 1), adjacent);
        }
        // words of four letters or more take short endings ("talk" ~ "talks", "talked")
        return PatternElement.word(u.length() >= 4 && !u.endsWith("*") ? u + "*" : u, adjacent);
    }

    private VerbDictionary build() {
        VerbDictionary dict = new VerbDictionary();
        for (Map.Entry<String, List<Line>> e : byVerb.entrySet()) {
            Line def = null;
            List<VerbPattern> patterns = new ArrayList<>();
            for (Line l : e.getValue()) {
                if (l.before().isEmpty() && l.after().isEmpty()) {
                    def = l;
                } else {
                    patterns.add(new VerbPattern(l.before(), l.after(), l.code(), l.pair(), l.intent(), l.text()));
                }
            }
            VerbGroup g = new VerbGroup(e.getKey(), def == null ? null : def.code(), def == null ? null : def.pair(),
                    def == null ? null : def.intent(), patterns);
            dict.add(g);
            if (e.getKey().startsWith(NOUN_MARK)) {
                addNounForms(dict, g, e.getKey().substring(NOUN_MARK.length()));
            } else {
                addForms(dict, g, e.getKey());
            }
        }
        return dict;
    }

    /** A noun pattern's noun as written and its plural ("negotiation", "negotiations"); never a verb form. */
    private static void addNounForms(VerbDictionary dict, VerbGroup g, String lemma) {
        String[] words = lemma.split(" ");
        List<String> rest = List.of(words).subList(0, words.length - 1);
        String last = words[words.length - 1];
        Set<String> forms = new LinkedHashSet<>();
        forms.add(last);
        if (!last.endsWith("S")) {
            forms.add(Inflector.third(last));
        }
        for (String f : forms) {
            List<String> w = new ArrayList<>(rest);
            w.add(f);
            dict.addForm(w, new VerbForm(g, false, true));
        }
    }

    private void addForms(VerbDictionary dict, VerbGroup g, String lemma) {
        String[] words = lemma.split(" ");
        String first = words[0];
        List<String> rest = List.of(words).subList(1, words.length);
        Set<String> plain = new LinkedHashSet<>();
        Set<String> participles = new LinkedHashSet<>();
        plain.add(first);
        plain.add(Inflector.third(first));
        plain.addAll(Inflector.gerund(first));
        List<String> irr = irregular.get(first);
        if (irr != null) {
            participles.addAll(irr);
        } else {
            participles.addAll(Inflector.past(first));
        }
        for (String f : plain) {
            dict.addForm(join(f, rest), new VerbForm(g, participles.contains(f), false));
        }
        for (String f : participles) {
            dict.addForm(join(f, rest), new VerbForm(g, true, false));
        }
    }

    private static List<String> join(String first, List<String> rest) {
        List<String> out = new ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }

    private static List<String> resourceLines(String resource) {
        try (InputStream in = MizanVerbReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            String l;
            while ((l = r.readLine()) != null) {
                out.add(l);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
