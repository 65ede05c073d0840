package org.mizan.server;

import io.javalin.http.Handler;
import java.util.List;

/**
 * One endpoint of the API: what {@link Routes} registers with Javalin and what {@link OpenApi} describes,
 * from the same record, so the description cannot drift from the server.
 *
 * @param method   GET or POST
 * @param path     Javalin path, with {@code {name}} path parameters (the OpenAPI syntax too)
 * @param summary  one sentence for the description
 * @param params   the query parameters it accepts; any other is refused with 400
 * @param write    whether it changes the store or runs jobs: needs the bearer token when one is set
 * @param body     the request body's media types and meaning, or null when it takes none
 * @param upload   whether the body is an upload (the larger limit) rather than a small request body
 * @param produces the response's media type
 * @param handler  the handler
 */
public record Route(String method, String path, String summary, List<Param> params, boolean write, String body,
                    boolean upload, String produces, Handler handler) {

    public Route {
        params = List.copyOf(params);
    }

    public static Route get(String path, String summary, List<Param> params, Handler handler) {
        return new Route("GET", path, summary, params, false, null, false, "application/json", handler);
    }

    public Route producing(String mediaType) {
        return new Route(method, path, summary, params, write, body, upload, mediaType, handler);
    }

    /** A write endpoint taking a body of at most the plain-body limit ({@code upload} false) or upload limit. */
    public static Route post(String path, String summary, List<Param> params, String body, boolean upload,
                             Handler handler) {
        return new Route("POST", path, summary, params, true, body, upload, "application/json", handler);
    }
}
