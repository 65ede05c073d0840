package org.mizan.cli;

/** Exit codes of every command (also listed in {@code mizan --help}). */
final class ExitCodes {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int PARTIAL = 3;

    private ExitCodes() {
    }
}
