package org.mizan.coder.dict.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Shared helpers for the PETRARCH line formats: comment stripping, phrase splitting and TABARI dates. */
final class Lines {

    private Lines() {
    }

    static List<String> read(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            return read(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<String> read(Reader in) throws IOException {
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<String> out = new ArrayList<>();
        String line;
        boolean inComment = false;
        while ((line = r.readLine()) != null) {
            // XML-style comments may span lines in PETRARCH files
            if (inComment) {
                int close = line.indexOf("-->");
                if (close < 0) {
                    out.add("");
                    continue;
                }
                line = line.substring(close + 3);
                inComment = false;
            }
            int open = line.indexOf("<!");
            if (open >= 0) {
                int close = line.indexOf("-->", open);
                if (close < 0) {
                    inComment = true;
                    line = line.substring(0, open);
                } else {
                    line = line.substring(0, open) + line.substring(close + 3);
                }
            }
            out.add(line);
        }
        return out;
    }

    /** The line without its '#' comment, trimmed at the right. */
    static String uncomment(String line) {
        int hash = line.indexOf('#');
        String s = hash >= 0 ? line.substring(0, hash) : line;
        return s.stripTrailing();
    }

    /**
     * Dictionary phrase words: "PRESIDENT_GEORGE_W._BUSH" -> [PRESIDENT, GEORGE, W., BUSH*]. The last word
     * is a stem unless the phrase ends with '_' (TABARI's "exact" mark) or {@code stemLast} is false.
     */
    static List<String> words(String phrase, boolean stemLast) {
        String p = phrase.trim().toUpperCase(java.util.Locale.ROOT);
        boolean exact = p.endsWith("_");
        List<String> out = new ArrayList<>();
        for (String w : p.split("[_\\s]+")) {
            if (!w.isEmpty()) {
                out.addAll(splitClitic(w));
            }
        }
        if (stemLast && !exact && !out.isEmpty()) {
            String last = out.get(out.size() - 1);
            if (last.length() >= 3 && Character.isLetter(last.charAt(last.length() - 1))) {
                out.set(out.size() - 1, last + "*");
            }
        }
        return out;
    }

    /** "DAGOLATH'S" is two tokens in text, so it must be two words in a phrase. */
    private static List<String> splitClitic(String w) {
        if (w.length() > 2 && w.endsWith("'S")) {
            return List.of(w.substring(0, w.length() - 2), "'S");
        }
        return List.of(w);
    }

    /** A TABARI date: yyyyMMdd, or yyMMdd with years before 30 in the 2000s. */
    static LocalDate date(String s) {
        String d = s.trim();
        if (d.length() == 6) {
            int yy = Integer.parseInt(d.substring(0, 2));
            d = (yy < 30 ? "20" : "19") + d;
        }
        return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
                Integer.parseInt(d.substring(6, 8)));
    }
}
