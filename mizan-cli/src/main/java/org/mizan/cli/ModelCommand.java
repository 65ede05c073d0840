package org.mizan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mizan.models.ModelOptions;
import org.mizan.models.ModelResult;
import org.mizan.models.ModelRunner;
import org.mizan.models.render.CsvRenderer;
import org.mizan.models.render.Format;
import org.mizan.models.render.Renderers;
import org.mizan.models.render.RunWriter;
import org.mizan.models.render.SweepChart;
import org.mizan.models.sweep.Sweep;
import org.mizan.models.sweep.SweepResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mizan model}: run a bargaining model on a stakeholder table, or sweep one of its inputs. */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = {"Run a bargaining model on a stakeholder table.",
            "Bueno de Mesquita's expected-utility model (bdm; CSV with actor, capability, position, salience) or KTAB's Spatial Model of Politics (smp; KTAB CSV or XML). Formulas, parameters and deviations: docs/models-bdm.md, docs/models-smp.md."})
final class ModelCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MODEL", description = "bdm or smp")
    String model;

    @Parameters(index = "1", paramLabel = "INPUT", description = "The stakeholder table (CSV; SMP also XML).")
    Path input;

    @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
            description = "table (default), json, or csv (positions per round/turn; SMP in KTAB's layout).")
    String format;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write every table, the input and the parameters to DIR.")
    Path out;

    @Option(names = "--rounds", defaultValue = "0", paramLabel = "N", description = "Round/turn limit (0 = the model's default).")
    int rounds;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "N", description = "Random seed for stochastic SMP settings.")
    long seed;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A model parameter, e.g. VotingRule=Prop or BigRRange=Mid (repeatable).")
    List<String> params = new ArrayList<>();

    @Option(names = "--sweep", paramLabel = "ACTOR:WHAT[:DIM]=FROM..TO/STEPS",
            description = "Sweep one input over a grid, e.g. 'Belgium:position=4..10/7' or 'RUS:salience:1=0..100/11'; "
                    + "WHAT is position, salience or capability. Prints one CSV row per grid value; with --out also sweep.csv and a chart, sweep.svg.")
    String sweep;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Threads for a sweep (default ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() throws IOException {
        ModelOptions options = ModelOptions.of(rounds, seed, params);
        if (sweep != null) {
            SweepResult r = ModelRunner.sweep(model, input, options, parseSweep(sweep), threads);
            String csv = CsvRenderer.render(r.table());
            System.out.print(csv);
            if (out != null) {
                java.nio.file.Files.createDirectories(out);
                java.nio.file.Files.writeString(out.resolve("sweep.csv"), csv);
                java.nio.file.Files.writeString(out.resolve("sweep.svg"), SweepChart.svg(r));
                System.err.println("sweep.csv and sweep.svg written to " + out);
            }
            return ExitCodes.OK;
        }
        ModelResult result = ModelRunner.run(model, input, options);
        System.out.print(Renderers.render(result, Format.parse(format)));
        if (out != null) {
            List<Path> written = RunWriter.write(result, out);
            System.err.println(written.size() + " files written to " + out);
        }
        return ExitCodes.OK;
    }

    static Sweep parseSweep(String spec) {
        String[] sides = spec.split("=", 2);
        String[] what = sides[0].split(":");
        String[] range = sides.length == 2 ? sides[1].split("\\.\\.|/") : new String[0];
        if (what.length < 2 || range.length != 3) {
            throw new IllegalArgumentException("--sweep wants ACTOR:WHAT[:DIM]=FROM..TO/STEPS, not '" + spec + "'");
        }
        try {
            int dim = what.length > 2 ? Integer.parseInt(what[2]) - 1 : 0;
            return new Sweep(what[0], Sweep.Variable.parse(what[1]), dim,
                    Sweep.grid(Double.parseDouble(range[0]), Double.parseDouble(range[1]), Integer.parseInt(range[2])));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--sweep: bad number in '" + spec + "'");
        }
    }
}
