package org.mizan.coder.dict.own;

/**
 * A line of a dictionary file that the reader cannot accept; the message reads
 * {@code file:line: reason}, so an editor can jump to it.
 */
public final class DictionaryFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final String reason;

    public DictionaryFormatException(String file, int line, String reason) {
        super(file + ":" + line + ": " + reason);
        this.file = file;
        this.line = line;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    /** One-based line number. */
    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
