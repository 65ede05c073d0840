package org.mizan.cli;

import picocli.CommandLine;

/**
 * Turns an exception from a command into one line on stderr and exit code 1: users see what went wrong,
 * never a stack trace (set MIZAN_DEBUG=1 to get one).
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        if (System.getenv("MIZAN_DEBUG") != null) {
            ex.printStackTrace();
        }
        String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cl.getErr().println("mizan " + cl.getCommandName() + ": " + msg);
        return ex instanceof IllegalArgumentException ? ExitCodes.USAGE : ExitCodes.FAILURE;
    }
}
