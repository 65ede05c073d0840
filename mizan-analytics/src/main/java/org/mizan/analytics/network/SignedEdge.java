package org.mizan.analytics.network;

import java.util.Objects;

/**
 * One undirected signed tie between two actors.
 *
 * @param a    one actor code, e.g. {@code "USA"}
 * @param b    the other actor code
 * @param sign +1 for a friendly tie, -1 for a hostile one
 */
public record SignedEdge(String a, String b, int sign) {

    public SignedEdge {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (sign != 1 && sign != -1) {
            throw new IllegalArgumentException("sign must be +1 or -1, was " + sign);
        }
    }

    public boolean positive() {
        return sign > 0;
    }
}
