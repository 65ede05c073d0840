package org.mizan.bench.server;

import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Path;

/**
 * {@code org.mizan.server.MizanServer} on 127.0.0.1 (a free port) in this process, reached by reflection
 * so that mizan-bench compiles without depending on mizan-server; it runs only when mizan-server is on
 * the classpath.
 */
final class InProcessServer implements AutoCloseable {

    private final Object server;
    private final URI uri;

    private InProcessServer(Object server, URI uri) {
        this.server = server;
        this.uri = uri;
    }

    static InProcessServer start(Path db) throws Exception {
        Class<?> configType;
        try {
            configType = Class.forName("org.mizan.server.ServerConfig");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("mizan-server is not on the benchmark's classpath: add it to mizan-bench's pom, "
                    + "or start `mizan serve --db FILE` yourself and pass --url http://127.0.0.1:PORT", e);
        }
        Object config = configType.getMethod("of", Path.class, int.class).invoke(null, db, 0);
        Class<?> serverType = Class.forName("org.mizan.server.MizanServer");
        Object server = serverType.getMethod("start", configType).invoke(null, config);
        Method uri = serverType.getMethod("uri");
        return new InProcessServer(server, (URI) uri.invoke(server));
    }

    URI uri() {
        return uri;
    }

    @Override
    public void close() throws Exception {
        server.getClass().getMethod("close").invoke(server);
    }
}
