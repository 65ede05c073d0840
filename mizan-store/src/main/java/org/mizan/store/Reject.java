package org.mizan.store;

/** A row that could not be imported: where it was and why, with its raw text (shortened) for the user. */
public record Reject(long batch, String file, long line, String reason, String raw) {
}
