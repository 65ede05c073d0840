package org.mizan.coder.out;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.mizan.core.event.Actor;
import org.mizan.core.event.Event;
import org.mizan.core.event.Marks;

/**
 * Writes one JSON object per line:
 * <pre>{"doc":"d1","sentence":3,"date":"2023-02-14","source":{"code":"USAGOV","country":"USA","name":"Washington"},
 * "target":{...} or null,"cameo":"042","root":"04","quad":1,"goldstein":1.9,
 * "plover":{"type":"CONSULT","mode":"visit"},"domains":["diplomacy"],"confidence":0.9,"evidence":"..."}</pre>
 * Streams with Jackson's generator: no object tree per event.
 */
public final class JsonlEventWriter implements EventWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private final Writer out;
    private final JsonGenerator g;

    public JsonlEventWriter(Writer out) {
        this.out = out;
        try {
            this.g = JSON.createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setRootValueSeparator(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(Event e) throws IOException {
        g.writeStartObject();
        g.writeStringField("doc", e.provenance().documentId());
        if (e.provenance().sentence() == null) {
            g.writeNullField("sentence");
        } else {
            g.writeNumberField("sentence", e.provenance().sentence());
        }
        g.writeStringField("date", e.date() == null ? null : e.date().toString());
        actor(g, "source", e.source());
        actor(g, "target", e.target());
        g.writeStringField("cameo", e.cameo());
        g.writeStringField("root", e.root());
        g.writeNumberField("quad", e.quad());
        if (e.goldstein() == null) {
            g.writeNullField("goldstein");
        } else {
            g.writeNumberField("goldstein", e.goldstein());
        }
        if (e.ploverType() == null) {
            g.writeNullField("plover");
        } else {
            g.writeObjectFieldStart("plover");
            g.writeStringField("type", e.ploverType());
            g.writeStringField("mode", e.ploverMode());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("domains");
        for (String d : e.domains()) {
            g.writeString(d);
        }
        g.writeEndArray();
        if (e.confidence() == null) {
            g.writeNullField("confidence");
        } else {
            g.writeNumberField("confidence", e.confidence());
        }
        g.writeStringField("evidence", e.provenance().evidence());
        marks(g, e.provenance().marks());
        g.writeEndObject();
        g.writeRaw('\n');
    }

    /** Character spans of the evidence: {"source":{"start":0,"end":6},"verb":{...},"target":null}. */
    private static void marks(JsonGenerator g, Marks m) throws IOException {
        if (m == null) {
            return;
        }
        g.writeObjectFieldStart("marks");
        span(g, "source", m.source());
        span(g, "target", m.target());
        span(g, "verb", m.verb());
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, String field, Marks.Span s) throws IOException {
        if (s == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeEndObject();
    }

    private static void actor(JsonGenerator g, String field, Actor a) throws IOException {
        if (a == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("code", a.code());
        g.writeStringField("country", a.country());
        g.writeStringField("name", a.name());
        g.writeEndObject();
    }

    @Override
    public void flush() throws IOException {
        g.flush();
        out.flush();
    }
}
