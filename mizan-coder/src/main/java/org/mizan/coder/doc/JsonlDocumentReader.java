package org.mizan.coder.doc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;

/**
 * Reads JSONL: one object per line with "id", "date" (ISO date or date-time, or yyyyMMdd) and "text", and
 * optional "url", "source" and "title". Blank lines are ignored; a line that is not a JSON object or has no
 * text is skipped and counted. Streams line by line.
 */
public final class JsonlDocumentReader implements DocumentReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public int read(Reader in, String name, Consumer<Document> sink, Consumer<String> problems) throws IOException {
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
        int bad = 0;
        int lineNo = 0;
        String line;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] why = {null};
            Document d = parse(line, name + "#" + lineNo, why);
            if (d == null) {
                bad++;
                problems.accept(name + ":" + lineNo + ": skipped, " + why[0]);
            } else {
                sink.accept(d);
            }
        }
        return bad;
    }

    /** One record, or null when the line is malformed (then {@code why[0]} says why). */
    static Document parse(String line, String fallbackId, String[] why) {
        try {
            JsonNode n = JSON.readTree(line);
            if (n == null || !n.isObject()) {
                why[0] = "not a JSON object";
                return null;
            }
            if (!n.hasNonNull("text")) {
                why[0] = "no \"text\" field";
                return null;
            }
            String id = text(n, "id");
            return new Document(id == null ? fallbackId : id, DocumentDates.parse(text(n, "date")),
                    n.get("text").asText(), text(n, "title"), text(n, "url"), text(n, "source"));
        } catch (IOException | RuntimeException e) {
            why[0] = "not valid JSON";
            return null;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
