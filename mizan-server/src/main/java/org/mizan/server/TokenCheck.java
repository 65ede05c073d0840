package org.mizan.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The bearer-token check on write endpoints. With no token configured (a loopback server) every request
 * passes; with one, a write needs {@code Authorization: Bearer TOKEN}, compared in constant time.
 */
final class TokenCheck {

    private final byte[] expected;

    TokenCheck(String token) {
        this.expected = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    void check(Context ctx) {
        if (expected == null) {
            return;
        }
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(401, "this endpoint needs 'Authorization: Bearer TOKEN'");
        }
        byte[] given = h.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new ApiException(401, "wrong token");
        }
    }
}
