package org.mizan.coder.dict.own;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads Mizan's own dictionary format (docs/dictionaries.md) into {@link DictEntry} records.
 *
 * <p>A file is a sequence of sections ({@code [actors]}, {@code [people]}, {@code [agents]},
 * {@code [issues]}, {@code [discards]}); in each, {@code CODE: name | name} lines make entries, except in
 * {@code [people]} where {@code = name | name} opens a person and the following
 * {@code CODE FROM..TO Title} lines are that person's tenures. A line starting with {@code |} adds names to
 * the entry above it; {@code #} starts a comment. Every malformed line is rejected with its file and line,
 * never skipped, so a typo cannot silently drop an actor. Reading is linear in the file's size.
 */
public final class OwnDictionaryReader {

    /** Classpath folder of the shipped dictionaries; {@code index.txt} in it lists them in load order. */
    public static final String DEFAULTS = "/org/mizan/coder/dict/actors/";

    private OwnDictionaryReader() {
    }

    /**
     * Reads one dictionary file.
     *
     * @param in       the file's text; read to the end but not closed
     * @param fileName the name used in entries and error messages
     * @return the entries in file order
     * @throws DictionaryFormatException at the first line that breaks the format
     */
    public static List<DictEntry> read(Reader in, String fileName) throws DictionaryFormatException {
        DictionaryParser parser = new DictionaryParser(fileName);
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                parser.line(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + fileName, e);
        }
        return parser.finish();
    }

    /**
     * All shipped dictionaries, in the order {@code index.txt} lists them; read once and shared.
     *
     * @throws IllegalStateException if a shipped file is missing or malformed (a bug in the release),
     *                               with the file and line in the message
     */
    public static List<DictEntry> readDefaults() {
        return Defaults.ENTRIES;
    }

    private static final class Defaults {
        static final List<DictEntry> ENTRIES = readFolder(DEFAULTS);
    }

    /**
     * Every file listed in {@code folder + "index.txt"} on the classpath, in index order.
     *
     * @throws IllegalStateException naming file and line if a listed file is missing or malformed
     */
    static List<DictEntry> readFolder(String folder) {
        List<DictEntry> all = new ArrayList<>();
        for (String file : readIndex(folder)) {
            try (Reader r = open(folder, file)) {
                all.addAll(read(r, file));
            } catch (DictionaryFormatException e) {
                throw new IllegalStateException("shipped dictionary is malformed: " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read shipped dictionary " + folder + file, e);
            }
        }
        return Collections.unmodifiableList(all);
    }

    private static List<String> readIndex(String folder) {
        List<String> files = new ArrayList<>();
        try (BufferedReader r = open(folder, "index.txt")) {
            String line;
            while ((line = r.readLine()) != null) {
                String file = stripComment(line).trim();
                if (!file.isEmpty()) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + "index.txt", e);
        }
        return files;
    }

    private static BufferedReader open(String folder, String file) {
        InputStream in = OwnDictionaryReader.class.getResourceAsStream(folder + file);
        if (in == null) {
            throw new IllegalStateException("missing shipped dictionary " + folder + file);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
