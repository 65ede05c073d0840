package org.mizan.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Registers the route table with Javalin, wrapping each handler in the checks every endpoint shares:
 * the bearer token on write endpoints (401), the body limit (413) and the refusal of query parameters
 * the route does not declare (400), in that order.
 */
final class Routes {

    private Routes() {
    }

    static void register(JavalinConfig config, List<Route> routes, ServerConfig server) {
        TokenCheck token = new TokenCheck(server.token());
        for (Route r : routes) {
            config.routes.addHttpHandler(HandlerType.findOrCreate(r.method()), r.path(), guarded(r, token, server));
        }
    }

    private static Handler guarded(Route r, TokenCheck token, ServerConfig server) {
        Set<String> known = new HashSet<>();
        r.params().forEach(p -> known.add(p.name()));
        long limit = r.upload() ? server.maxUploadBytes() : server.maxBodyBytes();
        return ctx -> {
            if (r.write()) {
                token.check(ctx);
            }
            if (r.body() != null) {
                Bodies.checkDeclared(ctx, limit);
            }
            for (String name : ctx.queryParamMap().keySet()) {
                if (!known.contains(name)) {
                    throw ApiException.badRequest("unknown parameter '" + name + "' for " + r.method() + " " + r.path()
                            + (known.isEmpty() ? "" : "; it takes " + String.join(", ", known.stream().sorted().toList())));
                }
            }
            r.handler().handle(ctx);
        };
    }
}
