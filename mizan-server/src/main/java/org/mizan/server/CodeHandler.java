package org.mizan.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.mizan.coder.Coder;
import org.mizan.coder.CodingProgress;
import org.mizan.coder.doc.InputFormat;
import org.mizan.coder.out.EventWriter;
import org.mizan.core.event.Event;
import org.mizan.store.EventStore;
import org.mizan.store.TextBatch;

/**
 * {@code POST /api/code}: text, HTML or JSONL in (the body or an uploaded file), coded events out, and
 * optionally stored as one ledger batch the way {@code mizan code --store} does, so their citations know
 * when they were read. The coder is built once, on first use, and shared: it is immutable and thread-safe.
 */
final class CodeHandler {

    private final Stores stores;
    private final Supplier<Coder> coder;

    CodeHandler(Stores stores, Supplier<Coder> coder) {
        this.stores = stores;
        this.coder = coder;
    }

    List<Route> routes() {
        return List.of(Route.post("/api/code", "Code news or analysis text into events (optionally storing them).",
                List.of(Param.date("date", "Date for documents that carry none (YYYY-MM-DD)."),
                        Param.bool("store", "Also add the events to the store as one batch."),
                        Param.string("in", "text, html or jsonl (default: from the upload's name or the content type).")),
                "text/plain, text/html or application/x-ndjson body ({\"id\",\"date\",\"text\"} per line), "
                        + "or multipart/form-data with the document in the part 'file'", true, this::code));
    }

    void code(Context ctx) {
        Params p = new Params(ctx);
        LocalDate date = p.date("date");
        boolean store = p.bool("store");
        String in = p.choice("in", null, "text", "html", "jsonl");
        byte[] body = Bodies.bytes(ctx);
        String name = Bodies.uploadName(ctx);
        InputFormat format = in != null ? InputFormat.parse(in) : guess(ctx.contentType(), name);
        List<Event> events = new ArrayList<>();
        EventWriter sink = new EventWriter() {
            @Override
            public void write(Event e) {
                events.add(e);
            }

            @Override
            public void flush() {
                // events are kept in memory
            }
        };
        String doc = name != null ? name : "api-" + LocalDateTime.now().toString().replace(':', '-');
        CodingProgress progress;
        try (Reader r = new InputStreamReader(new java.io.ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            progress = coder.get().codeStream(r, doc, format, date, sink, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text: " + e.getMessage(), e);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("documents", progress.documents());
        out.put("sentences", progress.sentences());
        out.put("skipped", progress.skipped());
        out.put("format", format.name().toLowerCase(Locale.ROOT));
        out.put("events", events);
        if (store) {
            out.put("stored", stores.write(s -> storeAll(s, doc, events)));
        }
        ctx.json(out);
    }

    /** The coded events stored as one ledger batch ({@link TextBatch}), as the response reports it. */
    static Map<String, Object> storeAll(EventStore s, String input, List<Event> events) {
        TextBatch.Stored r = TextBatch.store(s, input, events);
        return Map.of("batch", r.batch(), "added", r.added(), "duplicates", r.duplicates());
    }

    static InputFormat guess(String contentType, String fileName) {
        if (fileName != null) {
            return InputFormat.guess(fileName);
        }
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (ct.contains("ndjson") || ct.contains("jsonl") || ct.contains("json")) {
            return InputFormat.JSONL;
        }
        return ct.contains("html") ? InputFormat.HTML : InputFormat.TEXT;
    }
}
