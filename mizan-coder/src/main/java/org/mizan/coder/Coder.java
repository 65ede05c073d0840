package org.mizan.coder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.mizan.coder.dict.DictionarySet;
import org.mizan.coder.dict.petrarch.PetrarchDictionaries;
import org.mizan.coder.doc.Document;
import org.mizan.coder.doc.DocumentReader;
import org.mizan.coder.doc.InputFormat;
import org.mizan.coder.out.EventWriter;
import org.mizan.coder.stage.CodingRules;
import org.mizan.coder.stage.Focus;
import org.mizan.coder.stage.SentenceAnalysis;
import org.mizan.coder.stage.SentenceCoder;
import org.mizan.coder.text.Sentence;
import org.mizan.coder.text.SentenceSplitter;
import org.mizan.coder.text.Tokenizer;
import org.mizan.core.event.Event;

/**
 * The text coder's facade: documents in, {@link Event}s out.
 *
 * <p>Build one from a dictionary set ({@link #defaults()} for Mizan's own, {@link #phoenix(Path)} for the
 * PETRARCH2 Phoenix files a user has) and reuse it: it is immutable and thread-safe, and the dictionaries
 * are loaded once. {@link #code(Document)} codes one document; {@link #codeAll} streams a file, a directory
 * (recursively, in name order) or standard input ("-") to an {@link EventWriter}, reporting running counts.
 * Coding never throws on any text: a malformed input record is skipped and counted.
 *
 * <p>Cost: linear in the text; about 10^5 sentences per second per core with the default dictionaries
 * (see mizan-bench {@code org.mizan.bench.coder.CoderBenchmark}).
 */
public final class Coder {

    private final DictionarySet dictionaries;
    private final CodingRules rules;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceCoder sentenceCoder;

    private Coder(DictionarySet dictionaries, CodingRules rules) {
        this.dictionaries = dictionaries;
        this.rules = rules;
        this.sentenceCoder = new SentenceCoder(dictionaries, rules);
    }

    /** A coder with Mizan's default dictionaries and rules. */
    public static Coder defaults() {
        return new Coder(MizanDictionaries.defaults(), CodingRules.mizan());
    }

    /** A coder with the PETRARCH2 Phoenix dictionaries found in {@code dir}, and Mizan's rules. */
    public static Coder phoenix(Path dir) {
        return new Coder(PetrarchDictionaries.phoenix(dir), CodingRules.mizan());
    }

    public static Coder of(DictionarySet dictionaries, CodingRules rules) {
        return new Coder(dictionaries, rules);
    }

    public DictionarySet dictionaries() {
        return dictionaries;
    }

    public CodingRules rules() {
        return rules;
    }

    /** Codes one document. */
    public CodedDocument code(Document doc) {
        List<Event> events = new ArrayList<>();
        int failures = 0;
        boolean storyDiscard = false;
        List<Sentence> sentences = splitter.split(doc.text());
        Focus focus = new Focus();
        for (Sentence s : sentences) {
            SentenceAnalysis a = new SentenceAnalysis(doc, s, tokenizer.tokenize(s, doc.text()), focus);
            if (!sentenceCoder.analyse(a)) {
                failures++;
            }
            storyDiscard |= a.storyDiscard();
            events.addAll(sentenceCoder.events(a));
        }
        return new CodedDocument(doc, sentences.size(), storyDiscard ? List.of() : events, storyDiscard, failures);
    }

    /** Codes one text. */
    public List<Event> code(String id, LocalDate date, String text) {
        return code(Document.of(id, date, text)).events();
    }

    /** Every stage's findings for each sentence of a document: for diagnostics and tests. */
    public List<SentenceAnalysis> analyse(Document doc) {
        List<SentenceAnalysis> out = new ArrayList<>();
        Focus focus = new Focus();
        for (Sentence s : splitter.split(doc.text())) {
            SentenceAnalysis a = new SentenceAnalysis(doc, s, tokenizer.tokenize(s, doc.text()), focus);
            sentenceCoder.analyse(a);
            out.add(a);
        }
        return out;
    }

    /**
     * Codes a file, a directory (every regular file below it, in path order) or standard input ("-") and
     * writes the events to {@code out}.
     *
     * @param input       a path, or "-" for standard input
     * @param format      the input format, or null to guess from each file's name (stdin: text)
     * @param defaultDate date for documents that carry none, or null
     * @param out         where events go; flushed, not closed
     * @param progress    called after each document with the running totals (may be null)
     * @return the final totals
     */
    public CodingProgress codeAll(String input, InputFormat format, LocalDate defaultDate, EventWriter out,
                                  Consumer<CodingProgress> progress) throws IOException {
        return codeAll(input, format, defaultDate, out, progress, skipped -> { });
    }

    /** {@link #codeAll} that also tells {@code skipped} which file or record it skipped and why, one sentence each. */
    public CodingProgress codeAll(String input, InputFormat format, LocalDate defaultDate, EventWriter out,
                                  Consumer<CodingProgress> progress, Consumer<String> skipped) throws IOException {
        CodingProgress[] total = {new CodingProgress(0, 0, 0, 0)};
        if (input.equals("-")) {
            Reader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            codeStream(in, "stdin", format == null ? InputFormat.TEXT : format, defaultDate, out, progress, total,
                    skipped);
        } else {
            Path root = Path.of(input);
            List<Path> files;
            if (Files.isDirectory(root)) {
                try (Stream<Path> s = Files.walk(root)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                files = List.of(root);
            }
            for (Path f : files) {
                InputFormat fmt = format == null ? InputFormat.guess(f.getFileName().toString()) : format;
                try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    codeStream(in, root.equals(f) ? f.getFileName().toString() : root.relativize(f).toString(), fmt,
                            defaultDate, out, progress, total, skipped);
                } catch (IOException | UncheckedIOException e) {
                    total[0] = total[0].skipping(1);
                    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
                    skipped.accept(f + ": skipped, " + (cause instanceof java.nio.charset.CharacterCodingException
                            ? "not UTF-8 text (binary or another encoding)" : "cannot read it: " + cause.getMessage()));
                }
            }
        }
        out.flush();
        return total[0];
    }

    /** Codes every document of one stream; see {@link #codeAll}. */
    public CodingProgress codeStream(Reader in, String name, InputFormat format, LocalDate defaultDate, EventWriter out,
                                     Consumer<CodingProgress> progress) throws IOException {
        CodingProgress[] total = {new CodingProgress(0, 0, 0, 0)};
        codeStream(in, name, format, defaultDate, out, progress, total, skipped -> { });
        out.flush();
        return total[0];
    }

    private void codeStream(Reader in, String name, InputFormat format, LocalDate defaultDate, EventWriter out,
                            Consumer<CodingProgress> progress, CodingProgress[] total, Consumer<String> skipped)
            throws IOException {
        IOException[] failed = {null};
        int bad = DocumentReader.of(format).read(in, name, doc -> {
            CodedDocument cd = code(doc.withDefaultDate(defaultDate));
            try {
                for (Event e : cd.events()) {
                    out.write(e);
                }
            } catch (IOException e) {
                failed[0] = e;
                throw new UncheckedIOException(e);
            }
            total[0] = total[0].plus(cd);
            if (progress != null) {
                progress.accept(total[0]);
            }
        }, skipped);
        if (failed[0] != null) {
            throw failed[0];
        }
        total[0] = total[0].skipping(bad);
    }
}
