package org.mizan.models.bdm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads an expected-utility scenario from CSV: a header naming the columns {@code Actor},
 * {@code Capability}, {@code Position} and {@code Salience} (any order, any case, extra columns
 * ignored), then one row per actor. Blank lines are skipped; a UTF-8 byte-order mark is tolerated.
 * Fields are plain (no quoted commas). Cost: linear in the file size.
 */
public final class BdmCsvReader {

    private BdmCsvReader() {
    }

    /** Reads the file; the scenario is named after the file. */
    public static BdmScenario read(Path file) throws IOException {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        return parse(name, Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** Parses CSV lines. */
    public static BdmScenario parse(String name, List<String> lines) {
        int header = -1;
        for (int i = 0; i < lines.size() && header < 0; i++) {
            if (!lines.get(i).isBlank()) {
                header = i;
            }
        }
        if (header < 0) {
            throw new IllegalArgumentException("empty input");
        }
        String[] cols = split(lines.get(header).replace("\uFEFF", ""));
        int iName = column(cols, "actor");
        int iCap = column(cols, "capability");
        int iPos = column(cols, "position");
        int iSal = column(cols, "salience");
        var actors = new ArrayList<BdmActor>();
        for (int i = header + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = split(lines.get(i));
            try {
                actors.add(new BdmActor(f[iName], Double.parseDouble(f[iCap]),
                        Double.parseDouble(f[iPos]), Double.parseDouble(f[iSal])));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new BdmScenario(name, actors);
    }

    private static String[] split(String line) {
        String[] f = line.split(",", -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].trim();
        }
        return f;
    }

    private static int column(String[] header, String wanted) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        throw new IllegalArgumentException("missing column '" + wanted + "' in header");
    }
}
