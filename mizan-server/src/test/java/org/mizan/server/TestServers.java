package org.mizan.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.mizan.coder.Coder;
import org.mizan.coder.doc.InputFormat;
import org.mizan.coder.out.EventWriter;
import org.mizan.core.event.Event;
import org.mizan.ingest.ImportResult;
import org.mizan.ingest.Importer;
import org.mizan.store.EventStore;

/**
 * Test servers in one line: {@link #demo()} is a server on 127.0.0.1 (free port) over a store holding
 * the real GDELT 2.0 sample and the coded demo corpus, built once per test JVM and shared by the test
 * classes; {@link #start} starts another server on the same store with a different configuration.
 */
final class TestServers {

    static final Path SHARED = Path.of(System.getProperty("mizan.shared", "../../shared"));
    static final Path GDELT = SHARED.resolve("data/gdelt/gdelt2_20191024143000.export.CSV");
    static final Path CORPUS = Path.of("../examples/news-2023q1.jsonl");

    private static MizanServer demo;
    private static Path db;
    private static long coded;

    private TestServers() {
    }

    /** The shared demo server (started on first use, stopped when the JVM exits). */
    static synchronized MizanServer demo() {
        if (demo == null) {
            db = prepareStore();
            demo = MizanServer.start(ServerConfig.of(db, 0));
            Runtime.getRuntime().addShutdownHook(new Thread(demo::close));
        }
        return demo;
    }

    /** Another server on the demo store, configured by {@code config} (its db and port are replaced). */
    static MizanServer start(java.util.function.UnaryOperator<ServerConfig> configure) {
        demo();
        return MizanServer.start(configure.apply(ServerConfig.of(db, 0)));
    }

    /** Events the demo corpus gave the store. */
    static synchronized long codedEvents() {
        demo();
        return coded;
    }

    static Http http() {
        return new Http(demo().uri());
    }

    private static Path prepareStore() {
        try {
            Path dir = Path.of("target", "test-store");
            if (Files.exists(dir)) {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Files.createDirectories(dir);
            Path file = dir.resolve("mizan-test.duckdb");
            try (EventStore s = EventStore.open(file)) {
                ImportResult r = new Importer(s, null).importFile(GDELT, "auto");
                if (r.imported() != 2111) {
                    throw new IllegalStateException("GDELT sample not imported: " + r);
                }
                List<Event> events = new ArrayList<>();
                try (Reader in = Files.newBufferedReader(CORPUS, StandardCharsets.UTF_8)) {
                    Coder.defaults().codeStream(in, "news-2023q1.jsonl", InputFormat.JSONL, null, new EventWriter() {
                        @Override
                        public void write(Event e) {
                            events.add(e);
                        }

                        @Override
                        public void flush() {
                        }
                    }, null);
                }
                org.mizan.store.TextBatch.store(s, "news-2023q1.jsonl", events);
                coded = events.size();
            }
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the test store: " + e.getMessage(), e);
        }
    }
}
