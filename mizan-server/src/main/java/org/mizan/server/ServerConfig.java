package org.mizan.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How a server is started: which store, on which address, with which token and limits.
 *
 * <p>A server is <em>exposed</em> when it listens on an address other than loopback, or when
 * {@code assumeExposed} says to behave as if it did (so the token logic can be tested on 127.0.0.1).
 * An exposed server must have a token; a server with a token requires {@code Authorization: Bearer TOKEN}
 * on every write endpoint.
 *
 * @param db            the store file (opened, and created if missing)
 * @param host          address to bind; 127.0.0.1 by default
 * @param port          port to bind; 0 picks a free one
 * @param token         bearer token for write endpoints, or null
 * @param assumeExposed behave as a non-loopback server even on loopback (for tests)
 * @param maxBodyBytes  largest request body for plain POSTs (models, stakeholders)
 * @param maxUploadBytes largest upload (code, imports)
 * @param readers       reader connections in the pool, so concurrent GETs do not queue on one connection
 */
public record ServerConfig(Path db, String host, int port, String token, boolean assumeExposed, long maxBodyBytes,
                           long maxUploadBytes, int readers) {

    public static final String LOOPBACK = "127.0.0.1";

    public ServerConfig {
        Objects.requireNonNull(db, "a store file is required");
        host = host == null || host.isBlank() ? LOOPBACK : host.trim();
        token = token == null || token.isBlank() ? null : token;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in 0-65535, not " + port);
        }
        if (maxBodyBytes <= 0 || maxUploadBytes <= 0 || readers <= 0) {
            throw new IllegalArgumentException("limits and reader count must be positive");
        }
        if (exposed(host, assumeExposed) && token == null) {
            throw new IllegalArgumentException("listening on " + host
                    + " exposes the store beyond this machine: give a --token, or bind 127.0.0.1");
        }
    }

    /** The defaults: loopback, no token, 1 MiB bodies, 256 MiB uploads, 4 readers. */
    public static ServerConfig of(Path db, int port) {
        return new ServerConfig(db, LOOPBACK, port, null, false, 1L << 20, 256L << 20, 4);
    }

    public ServerConfig withToken(String newToken, boolean exposedAnyway) {
        return new ServerConfig(db, host, port, newToken, exposedAnyway, maxBodyBytes, maxUploadBytes, readers);
    }

    public ServerConfig withLimits(long body, long upload) {
        return new ServerConfig(db, host, port, token, assumeExposed, body, upload, readers);
    }

    /** Whether this server is reachable from other machines (or must behave as if it were). */
    public boolean exposed() {
        return exposed(host, assumeExposed);
    }

    private static boolean exposed(String host, boolean assumeExposed) {
        if (assumeExposed) {
            return true;
        }
        try {
            return !InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host '" + host + "'");
        }
    }
}
