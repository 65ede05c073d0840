package org.mizan.server;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.mizan.coder.Coder;

/**
 * A running Mizan server: the REST API under {@code /api/}, its OpenAPI description at
 * {@code /openapi.json}, and the web UI at {@code /}, over one store file.
 *
 * <p>{@link #start(ServerConfig)} opens the store, binds (127.0.0.1 unless told otherwise; see
 * {@link ServerConfig} for the token rule) and returns once the server listens; {@link #close()} stops
 * it, waits for a running import and closes the store. Thread-safe: requests run on Jetty's pool, reads
 * on the reader connections of {@link Stores}.
 */
public final class MizanServer implements AutoCloseable {

    private final ServerConfig config;
    private final Stores stores;
    private final ImportJobs imports;
    private final Javalin app;

    private MizanServer(ServerConfig config) {
        this.config = config;
        this.stores = new Stores(config.db(), config.readers());
        this.imports = new ImportJobs(stores);
        Supplier<Coder> coder = memoize(Coder::defaults);
        List<Route> routes = new ArrayList<>();
        routes.addAll(new EventHandlers(stores).routes());
        routes.addAll(new RelationHandlers(stores).routes());
        routes.addAll(new BalanceHandlers(stores).routes());
        routes.addAll(new CodeHandler(stores, coder).routes());
        routes.addAll(new ImportHandlers(imports).routes());
        routes.addAll(new ModelHandler().routes());
        Map<String, Object> openApi = OpenApi.describe(routes, config.token() != null);
        String openApiJson = Json.write(openApi);
        this.app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.jsonMapper(Json.mapper());
            c.http.maxRequestSize = config.maxUploadBytes();
            c.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
            c.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes(), SizeUnit.BYTES);
            c.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/web";
                s.location = Location.CLASSPATH;
            });
            c.staticFiles.enableWebjars();
            Errors.configure(c);
            Routes.register(c, routes, config);
            c.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApiJson));
        });
        app.start(config.host(), config.port());
    }

    public static MizanServer start(ServerConfig config) {
        return new MizanServer(config);
    }

    /** The port actually bound (useful when the config asked for 0). */
    public int port() {
        return app.port();
    }

    /** The server's base address, e.g. {@code http://127.0.0.1:7070}. */
    public URI uri() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return URI.create("http://" + host + ":" + port());
    }

    public ServerConfig config() {
        return config;
    }

    @Override
    public void close() {
        app.stop();
        imports.close();
        stores.close();
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        return new Supplier<>() {
            private volatile T value;

            @Override
            public T get() {
                T v = value;
                if (v == null) {
                    synchronized (this) {
                        if (value == null) {
                            value = s.get();
                        }
                        v = value;
                    }
                }
                return v;
            }
        };
    }
}
