package org.mizan.analytics.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a signed edge list in the form signnet and R write it: a header line, then one
 * {@code "from","to",sign} row per tie, fields optionally double-quoted (but containing no comma), sign
 * 1, +1 or -1.
 *
 * <p>Cost: one pass over the file. Rows are returned as written; combining repeated or reversed pairs is
 * {@link SignedNetwork}'s job.
 */
public final class SignedEdgeCsv {

    private SignedEdgeCsv() {
    }

    /** The ties of a file, in file order. */
    public static List<SignedEdge> read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<SignedEdge> edges = new ArrayList<>();
            String line = in.readLine();
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split(",", -1);
                if (fields.length != 3) {
                    throw new IllegalArgumentException(file + ":" + number + ": expected 3 fields: " + line);
                }
                int sign = Integer.parseInt(unquote(fields[2]));
                edges.add(new SignedEdge(unquote(fields[0]), unquote(fields[1]), sign));
            }
            return edges;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The network of a file's ties. */
    public static SignedNetwork network(Path file) {
        return SignedNetwork.fromEdges(read(file));
    }

    private static String unquote(String field) {
        String s = field.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.startsWith("+") ? s.substring(1) : s;
    }
}
