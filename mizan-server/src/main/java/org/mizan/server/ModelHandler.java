package org.mizan.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.mizan.models.ModelOptions;
import org.mizan.models.ModelResult;
import org.mizan.models.ModelRunner;
import org.mizan.models.render.JsonRenderer;

/**
 * {@code POST /api/models/{bdm|smp}}: run a bargaining model on the stakeholder table in the body and
 * return {@link JsonRenderer}'s JSON: the summary, final positions and every table, positions per
 * round or turn first.
 */
final class ModelHandler {

    private static final Pattern PARAM = Pattern.compile("[A-Za-z][A-Za-z0-9_.]{0,40}=[A-Za-z0-9_.+-]{1,40}");

    List<Route> routes() {
        return List.of(Route.post("/api/models/{model}", "Run bdm or smp on a stakeholder table; positions per round or turn.",
                List.of(Param.integer("rounds", "Round (BDM) or turn (SMP) limit, 0-1000 (0 = the model's default)."),
                        Param.integer("seed", "Random seed for stochastic SMP settings."),
                        Param.string("params", "Model parameters as NAME=VALUE, comma-separated (e.g. VotingRule=Prop).")),
                "text/csv (BDM: Actor,Capability,Position,Salience; SMP: KTAB CSV) or application/xml (SMP: KTAB XML)",
                false, this::run));
    }

    void run(Context ctx) {
        String model = ctx.pathParam("model").toLowerCase(java.util.Locale.ROOT);
        if (!ModelRunner.MODELS.contains(model)) {
            throw ApiException.notFound("no model '" + model + "': use bdm or smp");
        }
        Params p = new Params(ctx);
        int rounds = p.integer("rounds", 0, 0, 1000);
        long seed = p.longValue("seed", 0);
        List<String> params = p.list("params", PARAM, "comma-separated NAME=VALUE pairs such as VotingRule=Prop");
        ModelOptions options = ModelOptions.of(rounds, seed, params);
        byte[] body = Bodies.bytes(ctx);
        if (body.length == 0) {
            throw ApiException.badRequest("the body must hold the stakeholder table");
        }
        String head = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        try {
            Path f = Files.createTempFile("mizan-" + model + "-table", head.startsWith("<") ? ".xml" : ".csv");
            try {
                Files.write(f, body);
                ModelResult r = ModelRunner.run(model, f, options);
                ctx.contentType("application/json").result(JsonRenderer.render(r));
            } catch (IllegalArgumentException e) {
                // The readers name their file; the client knows it as the request body.
                throw ApiException.badRequest(String.valueOf(e.getMessage()).replace(f.toString(), "stakeholder table"));
            } finally {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stakeholder table: " + e.getMessage(), e);
        }
    }
}
