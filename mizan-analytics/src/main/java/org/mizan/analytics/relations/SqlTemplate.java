package org.mizan.analytics.relations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * An analytics query kept as a SQL file beside the code, so each aggregate is defined once and can run on
 * any engine that reads the event table. Placeholders {@code ${name}} are replaced by SQL fragments built
 * by Mizan itself (never user text: user values travel as bound parameters).
 */
final class SqlTemplate {

    private SqlTemplate() {
    }

    static String load(String resource) {
        try (InputStream in = SqlTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource " + resource);
            }
            StringBuilder sb = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.strip().startsWith("--")) {
                    sb.append(line).append('\n');
                }
            }
            return sb.toString().strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fill(String template, Map<String, String> values) {
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("${" + e.getKey() + "}", e.getValue());
        }
        if (out.contains("${")) {
            throw new IllegalStateException("unfilled placeholder in " + out);
        }
        return out;
    }
}
