package org.mizan.models.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mizan.models.ModelResult;
import org.mizan.models.bdm.BdmActor;
import org.mizan.models.bdm.BdmResult;
import org.mizan.models.smp.SmpActor;
import org.mizan.models.smp.SmpResult;

/**
 * Writes a run to a directory so that it can be inspected and reproduced: one CSV per table
 * ({@code positions.csv}, {@code probabilities.csv}, {@code utilities.csv}, {@code bargains.csv} or
 * {@code offers.csv}, ...), {@code parameters.csv}, {@code input.csv} in the model's own input format
 * (re-readable by the model's reader), {@code accommodation.csv} when ideals accommodate,
 * {@code result.json} and {@code report.txt}. Existing files of the same names are replaced.
 */
public final class RunWriter {

    private RunWriter() {
    }

    /** Writes every file and returns their paths. */
    public static List<Path> write(ModelResult result, Path dir) throws IOException {
        Files.createDirectories(dir);
        var written = new ArrayList<Path>();
        for (Table t : ResultTables.of(result)) {
            if (!t.name().equals("input")) {
                written.add(write(dir.resolve(t.name() + ".csv"), CsvRenderer.render(t)));
            }
        }
        written.add(write(dir.resolve("input.csv"), nativeInput(result)));
        if (result instanceof SmpResult s && s.scenario().accommodation() != null) {
            var sb = new StringBuilder("Actor," + String.join(",", s.actors()) + "\n");
            double[][] a = s.scenario().accommodation();
            for (int i = 0; i < a.length; i++) {
                sb.append(s.actors().get(i));
                for (double x : a[i]) {
                    sb.append(',').append(Table.cell(x));
                }
                sb.append('\n');
            }
            written.add(write(dir.resolve("accommodation.csv"), sb.toString()));
        }
        written.add(write(dir.resolve("result.json"), JsonRenderer.render(result)));
        written.add(write(dir.resolve("report.txt"), TextRenderer.render(result)));
        return written;
    }

    /** The scenario in the format its reader accepts: BDM CSV, or KTAB CSV with its scenario line. */
    static String nativeInput(ModelResult result) {
        var sb = new StringBuilder();
        if (result instanceof BdmResult b) {
            sb.append("Actor,Capability,Position,Salience\n");
            for (BdmActor a : b.scenario().actors()) {
                sb.append(a.name()).append(',').append(Table.cell(a.capability())).append(',')
                        .append(Table.cell(a.position())).append(',').append(Table.cell(a.salience())).append('\n');
            }
            return sb.toString();
        }
        SmpResult s = (SmpResult) result;
        sb.append(s.scenario().name().replace(",", " ")).append(',').append(s.scenario().description().replace(",", " "))
                .append(',').append(s.actors().size()).append(',').append(s.dimensions().size()).append('\n');
        sb.append("Actor,Description,Power");
        for (String d : s.dimensions()) {
            sb.append(',').append(d.replace(",", " ")).append(',').append(d.replace(",", " ")).append(" Salience");
        }
        sb.append('\n');
        for (SmpActor a : s.scenario().actors()) {
            sb.append(a.name()).append(',').append(a.description().replace(",", " ")).append(',')
                    .append(Table.cell(a.capability()));
            for (int k = 0; k < s.dimensions().size(); k++) {
                sb.append(',').append(Table.cell(a.position()[k])).append(',').append(Table.cell(a.salience()[k]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static Path write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
