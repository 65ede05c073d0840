package org.mizan.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.mizan.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure as {@code {"error": "..."}} with a fitting status, never a stack trace: refused requests
 * (400, 401, 404, 413) carry their message; the modules' IllegalArgumentExceptions are bad input (400);
 * store failures and anything unexpected are 500s whose detail goes to the log, not the client.
 */
final class Errors {

    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    static void configure(JavalinConfig config) {
        config.routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.getMessage()));
        config.routes.exception(IllegalArgumentException.class, (e, ctx) -> send(ctx, 400, e.getMessage()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(), e.getMessage()));
        config.routes.exception(StoreException.class, (e, ctx) -> {
            LOG.warn("store error on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, "the store could not answer: " + e.getMessage());
        });
        config.routes.exception(UncheckedIOException.class, (e, ctx) -> send(ctx, 400, e.getMessage()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, "internal error; the server log has the details");
        });
        config.router.javaLangErrorHandler((res, error) -> {
            // An Error (out of memory, a class that failed to load) still answers in the API's shape.
            LOG.error("fatal error while serving a request", error);
            res.setStatus(500);
            res.setContentType("application/json");
            try {
                res.getWriter().write("{\"error\": \"internal error; the server log has the details\"}");
            } catch (java.io.IOException ignored) {
                // the client is gone
            }
        });
        config.routes.error(404, ctx -> {
            if (ctx.resultInputStream() == null) {
                send(ctx, 404, "no such endpoint or file: " + ctx.method() + " " + ctx.path());
            }
        });
        config.routes.error(405, ctx -> send(ctx, 405, "method not allowed: " + ctx.method() + " " + ctx.path()));
    }

    static void send(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message == null ? "error" : message));
    }
}
