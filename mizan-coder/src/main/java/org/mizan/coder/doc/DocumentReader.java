package org.mizan.coder.doc;

import java.io.IOException;
import java.io.Reader;
import java.util.function.Consumer;

/**
 * Reads documents of one format from a character stream.
 *
 * <p>Contract: {@code name} is used for ids of documents without one ("file.txt", "file.jsonl#3"); each
 * document is handed to {@code sink} as soon as it is read, so a large JSONL file streams in constant memory.
 * A malformed record is skipped and counted, never thrown; only I/O failures throw.
 */
public interface DocumentReader {

    /** Reads every document, returns the number of malformed records skipped. */
    default int read(Reader in, String name, Consumer<Document> sink) throws IOException {
        return read(in, name, sink, problem -> { });
    }

    /**
     * As {@link #read(Reader, String, Consumer)}, telling {@code problems} of each skipped record where it is and
     * why ("file.jsonl:2: skipped, not a JSON object").
     */
    int read(Reader in, String name, Consumer<Document> sink, Consumer<String> problems) throws IOException;

    static DocumentReader of(InputFormat format) {
        return switch (format) {
            case TEXT -> new TextDocumentReader();
            case HTML -> new HtmlDocumentReader();
            case JSONL -> new JsonlDocumentReader();
        };
    }
}
