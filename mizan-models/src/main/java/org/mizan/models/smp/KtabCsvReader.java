package org.mizan.models.smp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads KTAB's SMP CSV: a scenario line (name, description, number of actors, number of dimensions,
 * ...), a header ({@code Actor,Description,Power,<dim> Position,<dim> Salience,...}) and one row per
 * actor (name, description, capability, then position and salience per dimension, all 0-100).
 * Dimension names are the headers of the position columns. Trailing empty fields are ignored; fields may
 * be double-quoted. Cost: linear in the file size.
 */
public final class KtabCsvReader {

    private KtabCsvReader() {
    }

    /** Reads the file. */
    public static SmpScenario read(Path file) throws IOException {
        return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    }

    /** Parses the lines of a KTAB CSV. */
    public static SmpScenario parse(List<String> raw) {
        var lines = raw.stream().map(l -> l.replace("\uFEFF", "")).filter(l -> !l.isBlank()).toList();
        if (lines.size() < 4) {
            throw new IllegalArgumentException("a KTAB CSV needs a scenario line, a header and two actors");
        }
        List<String> scen = split(lines.get(0));
        List<String> header = split(lines.get(1));
        int nDim = (header.size() - 3) / 2;
        if (nDim < 1) {
            throw new IllegalArgumentException("header has no position/salience columns: " + lines.get(1));
        }
        int nAct = lines.size() - 2;
        if (scen.size() > 3 && !scen.get(2).isEmpty()) {
            nAct = Integer.parseInt(scen.get(2));
            if (scen.get(3).isEmpty() || Integer.parseInt(scen.get(3)) != nDim) {
                throw new IllegalArgumentException("scenario line declares " + scen.get(3)
                        + " dimensions, header has " + nDim);
            }
        }
        var dims = new ArrayList<String>();
        for (int k = 0; k < nDim; k++) {
            dims.add(header.get(3 + 2 * k));
        }
        var actors = new ArrayList<SmpActor>();
        for (int i = 0; i < nAct; i++) {
            if (2 + i >= lines.size()) {
                throw new IllegalArgumentException("expected " + nAct + " actors, found " + i);
            }
            List<String> f = split(lines.get(2 + i));
            try {
                double[] pos = new double[nDim];
                double[] sal = new double[nDim];
                for (int k = 0; k < nDim; k++) {
                    pos[k] = Double.parseDouble(f.get(3 + 2 * k));
                    sal[k] = Double.parseDouble(f.get(4 + 2 * k));
                }
                actors.add(new SmpActor(f.get(0), f.get(1), Double.parseDouble(f.get(2)), pos, sal));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("actor line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new SmpScenario(scen.get(0), scen.size() > 1 ? scen.get(1) : "", dims, actors, null, 0, null);
    }

    /** Splits on commas outside double quotes, trims fields and drops trailing empty ones. */
    static List<String> split(String line) {
        var out = new ArrayList<String>();
        var cur = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString().trim());
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
