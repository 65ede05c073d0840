package org.mizan.coder.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mizan.core.event.Event;

/**
 * One sentence of the real-news evaluation set (resources {@code org/mizan/coder/eval/*.tsv}) with the events a
 * CAMEO coder would give it. The file format is described at the top of each file: id, date, events, sentence,
 * separated by TABs; events are {@code SOURCE TARGET CODE} separated by ';', each field with '|' alternatives.
 *
 * @param id       "r04-3" (root 04) or "none-2"
 * @param date     the document date
 * @param expected the sentence's correct events, the main one first; empty when nothing should be coded
 * @param text     the sentence
 */
record NewsCase(String id, LocalDate date, List<Expected> expected, String text) {

    /** The CAMEO root of the main event ("04"), or null for a sentence that should code nothing. */
    String root() {
        return expected.isEmpty() ? null : id.substring(1, 3);
    }

    /**
     * One expected event; each field is a set of acceptable values ("-" is no target).
     */
    record Expected(Set<String> sources, Set<String> targets, Set<String> codes) {

        /** Same source, target and code. */
        boolean exact(Event e) {
            return actors(e) && codes.contains(e.cameo());
        }

        /** Same source, target and CAMEO root (the first two digits of the code). */
        boolean sameRoot(Event e) {
            if (!actors(e) || e.cameo() == null || e.cameo().length() < 2) {
                return false;
            }
            for (String c : codes) {
                if (c.startsWith(e.cameo().substring(0, 2))) {
                    return true;
                }
            }
            return false;
        }

        private boolean actors(Event e) {
            String target = e.target() == null ? "-" : e.target().code();
            return e.source() != null && sources.contains(e.source().code()) && targets.contains(target);
        }

        static Expected parse(String s, String where) {
            String[] f = s.trim().split("\\s+");
            if (f.length != 3) {
                throw new IllegalArgumentException(where + ": an event is SOURCE TARGET CODE, got '" + s + "'");
            }
            return new Expected(Set.of(f[0].split("\\|")), Set.of(f[1].split("\\|")), Set.of(f[2].split("\\|")));
        }
    }

    static List<NewsCase> read(String resource) {
        try (InputStream in = NewsCase.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            List<NewsCase> out = new ArrayList<>();
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String where = resource + ":" + (n + 1);
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    throw new IllegalArgumentException(where + ": expected 4 TAB-separated fields, got " + f.length);
                }
                List<Expected> events = new ArrayList<>();
                if (!f[2].trim().equals("none")) {
                    for (String e : f[2].split(";")) {
                        events.add(Expected.parse(e, where));
                    }
                }
                out.add(new NewsCase(f[0].trim(), LocalDate.parse(f[1].trim()), List.copyOf(events), f[3].trim()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
