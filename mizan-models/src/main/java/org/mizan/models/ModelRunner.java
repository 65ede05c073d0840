package org.mizan.models;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.mizan.models.bdm.BdmCsvReader;
import org.mizan.models.bdm.BdmParameters;
import org.mizan.models.bdm.BdmResult;
import org.mizan.models.bdm.BdmScenario;
import org.mizan.models.bdm.ExpectedUtilityModel;
import org.mizan.models.smp.KtabCsvReader;
import org.mizan.models.smp.KtabXmlReader;
import org.mizan.models.smp.SmpParameters;
import org.mizan.models.smp.SmpResult;
import org.mizan.models.smp.SmpScenario;
import org.mizan.models.smp.SpatialModel;
import org.mizan.models.sweep.ScenarioSweep;
import org.mizan.models.sweep.Sweep;
import org.mizan.models.sweep.SweepResult;

/**
 * The one entry point callers need: read an input file, run a model on it with options, get a result.
 * Rendering is separate ({@link org.mizan.models.render.Renderers}).
 *
 * <ul>
 *   <li>{@code bdm}: CSV with columns Actor, Capability, Position, Salience.</li>
 *   <li>{@code smp}: KTAB CSV, or KTAB XML when the name ends in {@code .xml} or the content starts
 *       with {@code <}. Parameters come from, in increasing priority: KTAB's defaults, the XML's
 *       ModelParameters and prngSeed, then {@link ModelOptions}.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class ModelRunner {

    /** Model names accepted by {@link #run}. */
    public static final java.util.List<String> MODELS = java.util.List.of("bdm", "smp");

    private ModelRunner() {
    }

    /**
     * Runs the named model ({@code bdm} or {@code smp}) on a file.
     *
     * @throws IllegalArgumentException for an unknown model, a malformed input or bad parameters
     * @throws IOException              if the file cannot be read
     */
    public static ModelResult run(String model, Path input, ModelOptions options) throws IOException {
        return switch (model.toLowerCase(Locale.ROOT)) {
            case "bdm" -> runBdm(input, options);
            case "smp" -> runSmp(input, options);
            default -> throw new IllegalArgumentException("unknown model '" + model + "', expected one of " + MODELS);
        };
    }

    /** Runs the expected-utility model on a CSV file. */
    public static BdmResult runBdm(Path input, ModelOptions options) throws IOException {
        return runBdm(readBdm(input), options);
    }

    /** Runs the expected-utility model on a scenario. */
    public static BdmResult runBdm(BdmScenario scenario, ModelOptions options) {
        return new ExpectedUtilityModel(bdmParameters(options)).run(scenario);
    }

    /** Runs the spatial model on a KTAB CSV or XML file. */
    public static SmpResult runSmp(Path input, ModelOptions options) throws IOException {
        return runSmp(readSmp(input), options);
    }

    /** Runs the spatial model on a scenario. */
    public static SmpResult runSmp(SmpScenario scenario, ModelOptions options) {
        return new SpatialModel(smpParameters(scenario, options)).run(scenario);
    }

    /**
     * Sweeps one input of one actor over a grid, running the named model at every grid point on
     * {@code threads} threads; render with {@code CsvRenderer.render(result.table())}.
     */
    public static SweepResult sweep(String model, Path input, ModelOptions options, Sweep sweep, int threads)
            throws IOException {
        return switch (model.toLowerCase(Locale.ROOT)) {
            case "bdm" -> ScenarioSweep.bdm(new ExpectedUtilityModel(bdmParameters(options)), readBdm(input),
                    sweep, threads);
            case "smp" -> {
                SmpScenario s = readSmp(input);
                yield ScenarioSweep.smp(new SpatialModel(smpParameters(s, options)), s, sweep, threads);
            }
            default -> throw new IllegalArgumentException("unknown model '" + model + "', expected one of " + MODELS);
        };
    }

    /** Reads an expected-utility scenario. */
    public static BdmScenario readBdm(Path input) throws IOException {
        return BdmCsvReader.read(input);
    }

    /** Reads a spatial scenario, XML or CSV by extension or content. */
    public static SmpScenario readSmp(Path input) throws IOException {
        boolean xml = input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml");
        if (!xml) {
            String head = new String(Files.readAllBytes(input), StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
            xml = head.startsWith("<");
        }
        return xml ? KtabXmlReader.read(input) : KtabCsvReader.read(input);
    }

    /** The BDM parameters the options ask for. */
    public static BdmParameters bdmParameters(ModelOptions options) {
        BdmParameters p = BdmParameters.DEFAULTS.with(options.params());
        return options.maxRounds() > 0 ? p.withMaxRounds(options.maxRounds()) : p;
    }

    /** The SMP parameters for a scenario: defaults, then the scenario's own, then the options. */
    public static SmpParameters smpParameters(SmpScenario scenario, ModelOptions options) {
        SmpParameters p = scenario.parameters() != null ? scenario.parameters() : SmpParameters.DEFAULTS;
        if (scenario.parameters() == null && scenario.seed() != 0) {
            p = p.withSeed(scenario.seed());
        }
        p = p.with(options.params());
        if (options.maxRounds() > 0) {
            p = p.withMaxTurns(options.maxRounds());
        }
        if (options.seed() != 0) {
            p = p.withSeed(options.seed());
        }
        return p;
    }
}
