package org.mizan.coder;

import java.time.LocalDate;
import java.util.List;

/** Mizan's default coder on one text of a given date, each event as "SOURCE TARGET CODE" ("-" for no target). */
final class Triples {

    private static final Coder CODER = Coder.defaults();

    private Triples() {
    }

    static List<String> code(String date, String text) {
        return CODER.code("t", LocalDate.parse(date), text).stream()
                .map(e -> e.source().code() + " " + (e.target() == null ? "-" : e.target().code()) + " " + e.cameo())
                .toList();
    }
}
