package org.mizan.server;

/**
 * A request the API refuses, with the HTTP status and the one-sentence message the client sees as
 * {@code {"error": "..."}}.
 */
public final class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    public static ApiException tooLarge(long limit) {
        return new ApiException(413, "request body too large: the limit is " + limit + " bytes");
    }
}
