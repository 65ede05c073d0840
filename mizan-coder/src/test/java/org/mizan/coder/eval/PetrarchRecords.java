package org.mizan.coder.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads PETRARCH's validation XML (records with {@code <Text>} and expected {@code <EventCoding>}s). */
final class PetrarchRecords {

    /**
     * One record; {@code requireDyad} is the suite's {@code <Config option="require_dyad">} setting in force
     * where the record stands (the suite switches it for a few sections).
     */
    record Record(String id, String category, LocalDate date, String text, Set<String> expected, boolean noEvents,
                  String error, boolean requireDyad) {
    }

    private static final Pattern SENTENCE = Pattern.compile(
            "<Sentence(\\s[^>]*)>(.*?)</Sentence>|<Config option=\"require_dyad\" value=\"(\\w+)\"", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern PARSE = Pattern.compile("<Parse>(.*?)</Parse>", Pattern.DOTALL);
    private static final Pattern LEAF = Pattern.compile("\\(([^()\\s]+) ([^()\\s]+)\\)");
    private static final Pattern CODING = Pattern.compile("<EventCoding([^>]*)>");

    private PetrarchRecords() {
    }

    static Path shared() {
        return Path.of(System.getProperty("mizan.shared", "../../shared"));
    }

    static List<Record> read(Path file) {
        String xml;
        try {
            xml = Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // comments may contain example markup; drop them first
        xml = xml.replaceAll("(?s)<!--.*?-->", "");
        List<Record> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(xml);
        boolean requireDyad = true;
        while (m.find()) {
            if (m.group(3) != null) {
                requireDyad = Boolean.parseBoolean(m.group(3).toLowerCase(java.util.Locale.ROOT));
                continue;
            }
            String attrs = m.group(1);
            String body = m.group(2);
            Matcher t = TEXT.matcher(body);
            String text = t.find() ? unescape(t.group(1).trim().replaceAll("\\s+", " ")) : "";
            if (text.isEmpty()) {
                // a few GigaWord records carry only a parse: use its words, never its structure
                Matcher p = PARSE.matcher(body);
                text = p.find() ? leaves(p.group(1)) : "";
            }
            Set<String> expected = new LinkedHashSet<>();
            boolean none = false;
            String error = null;
            Matcher c = CODING.matcher(body);
            while (c.find()) {
                String a = c.group(1);
                if (attr(a, "noevents") != null) {
                    none = true;
                } else if (attr(a, "error") != null) {
                    error = attr(a, "error");
                } else {
                    expected.add(attr(a, "sourcecode") + " " + attr(a, "targetcode") + " " + attr(a, "eventcode"));
                }
            }
            String d = attr(attrs, "date");
            LocalDate date = d == null ? null : LocalDate.parse(d.trim(), DateTimeFormatter.BASIC_ISO_DATE);
            String cat = attr(attrs, "category");
            out.add(new Record(attr(attrs, "id"), cat == null ? "GIGAWORD" : cat, date, text, expected, none, error,
                    requireDyad));
        }
        return out;
    }

    /** The words of a bracketed parse tree, in order, joined by spaces. */
    static String leaves(String parse) {
        StringBuilder sb = new StringBuilder();
        Matcher m = LEAF.matcher(parse);
        while (m.find()) {
            String w = m.group(2);
            if (sb.length() > 0 && !w.equals(".") && !w.equals(",") && !w.equals("'s")) {
                sb.append(' ');
            }
            sb.append(w);
        }
        return sb.toString();
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    static String attr(String attrs, String name) {
        Matcher m = Pattern.compile(name + "\\s*=\\s*(\"([^\"]*)\"|'([^']*)')").matcher(attrs);
        if (!m.find()) {
            return null;
        }
        return m.group(2) != null ? m.group(2) : m.group(3);
    }
}
