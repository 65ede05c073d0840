package org.mizan.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mizan.coder.Coder;
import org.mizan.coder.CodingProgress;
import org.mizan.coder.doc.InputFormat;
import org.mizan.coder.out.EventWriter;
import org.mizan.coder.out.OutputFormat;
import org.mizan.core.event.Event;
import org.mizan.store.EventStore;
import org.mizan.store.TextBatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mizan code}: turn news and analysis text into dated, coded events with their evidence. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Code news and analysis text into events.",
            "CAMEO + PLOVER events: who did what to whom, when, in which domain, citing the sentence. Input: plain text, HTML articles or JSONL ({\"id\",\"date\",\"text\"} + url, source, title); a file, a directory or - for standard input."})
final class CodeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE|DIR|-", description = "What to code.")
    String input;

    @Option(names = "--in", paramLabel = "FORMAT", description = "text, html or jsonl (default: from the file name).")
    String in;

    @Option(names = "--date", paramLabel = "DATE", description = "Document date for documents without one (YYYY-MM-DD).")
    LocalDate date;

    @Option(names = "--out", defaultValue = "jsonl", paramLabel = "FORMAT", description = "jsonl (default), tsv or petrarch.")
    String out;

    @Option(names = "--dictionaries", paramLabel = "DIR",
            description = "Code with PETRARCH/Phoenix dictionaries from DIR instead of Mizan's own.")
    Path dictionaries;

    @Option(names = "--store", description = "Also add the events to the store (see --db).")
    boolean store;

    @Mixin
    StoreOption db;

    @Override
    public Integer call() throws IOException {
        Coder coder = dictionaries == null ? Coder.defaults() : Coder.phoenix(dictionaries);
        InputFormat format = in == null ? null : InputFormat.parse(in);
        List<Event> kept = new ArrayList<>();
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        EventWriter printer = EventWriter.of(OutputFormat.parse(out), w);
        EventWriter sink = new EventWriter() {
            @Override
            public void write(Event e) throws IOException {
                printer.write(e);
                if (store) {
                    kept.add(e);
                }
            }

            @Override
            public void flush() throws IOException {
                printer.flush();
            }
        };
        CodingProgress p = coder.codeAll(input, format, date, sink, null, System.err::println);
        w.flush();
        System.err.printf("coded %d documents, %d sentences: %d events (%d documents skipped)%n",
                p.documents(), p.sentences(), p.events(), p.skipped());
        if (store) {
            try (EventStore s = db.open()) {
                TextBatch.Stored r = TextBatch.store(s, input, kept);
                System.err.printf("stored %d new events in batch %d (%d already stored)%n", r.added(), r.batch(), r.duplicates());
            }
        }
        return ExitCodes.OK;
    }
}
