package org.mizan.coder.out;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import org.mizan.core.event.Event;

/**
 * Writes coded events to a character stream, one record per event, in the order given.
 *
 * <p>Not thread-safe: one writer belongs to one output stream. {@link #close()} flushes but does not
 * close the underlying stream when it is standard output (the caller owns it).
 */
public interface EventWriter extends Closeable {

    void write(Event e) throws IOException;

    void flush() throws IOException;

    @Override
    default void close() throws IOException {
        flush();
    }

    static EventWriter of(OutputFormat format, Writer out) {
        return switch (format) {
            case JSONL -> new JsonlEventWriter(out);
            case TSV -> new TsvEventWriter(out);
            case PETRARCH -> new PetrarchEventWriter(out);
        };
    }
}
