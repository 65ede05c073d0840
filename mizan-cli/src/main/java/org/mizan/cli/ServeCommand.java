package org.mizan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.mizan.server.MizanServer;
import org.mizan.server.ServerConfig;
import org.mizan.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code mizan serve}: the REST API and the web UI over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the REST API and the web UI.",
            "Binds 127.0.0.1 by default. Any other address exposes the store and needs --token; every write endpoint then needs 'Authorization: Bearer TOKEN'. API description at /openapi.json (docs/server.md)."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "7070", paramLabel = "N", description = "Port (default ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--host", defaultValue = ServerConfig.LOOPBACK, paramLabel = "H",
            description = "Address to bind (default ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--token", paramLabel = "T", description = "Bearer token for write endpoints; required off loopback.")
    String token;

    @Option(names = "--max-upload", defaultValue = "256", paramLabel = "MIB", description = "Largest upload in MiB (default ${DEFAULT-VALUE}).")
    long maxUploadMib;

    @Override
    public Integer call() throws InterruptedException {
        Path db = store.db == null ? EventStore.defaultPath() : store.db;
        ServerConfig defaults = ServerConfig.of(db, port);
        ServerConfig config = new ServerConfig(db, host, port, token, false, defaults.maxBodyBytes(),
                maxUploadMib << 20, defaults.readers());
        MizanServer server = MizanServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        System.err.println("Mizan serving " + db + " at " + server.uri() + "/ (API: " + server.uri()
                + "/openapi.json)" + (config.token() != null ? "; write endpoints need the bearer token" : "")
                + ". Ctrl-C stops.");
        stopped.await();
        return ExitCodes.OK;
    }
}
