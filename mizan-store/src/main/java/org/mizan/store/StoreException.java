package org.mizan.store;

/** A failure of the event store that the user should see as a message, not a stack trace. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
