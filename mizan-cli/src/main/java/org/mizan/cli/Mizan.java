package org.mizan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mizan} command: every user-facing job of Mizan as a subcommand. Commands only translate
 * options into calls on the modules below and render the results; no analysis lives here.
 */
@Command(name = "mizan", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Event data, relations and balance for international-relations analysts.",
        subcommands = {ImportCommand.class, EventsCommand.class, StatsCommand.class, RejectsCommand.class, DyadsCommand.class, BalanceCommand.class,
            NetworkCommand.class, SimilarityCommand.class, ModelCommand.class, CodeCommand.class,
            ReportCommand.class, StakeholdersCommand.class, DemoCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:failure (a file or request could not be processed; see the message)",
            "2:invalid command-line usage", "3:partial success: some rows were rejected (see `mizan rejects`)"})
public final class Mizan implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; used by main and by tests. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Mizan());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
