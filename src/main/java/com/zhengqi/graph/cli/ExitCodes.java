package com.zhengqi.graph.cli;

import picocli.CommandLine;

import java.io.PrintWriter;

/** Exit codes of every command, and the one place that maps failures to them. */
final class ExitCodes {

    public static final int OK = 0;
    /** Something went wrong that is not about one input file: a bad option, configuration, database, output, ... */
    public static final int FAILED = 1;
    /** The run finished, but at least one input file, or one record of a JSON-lines file, could not be processed. */
    public static final int SOME_FILES_FAILED = 2;

    private ExitCodes() {
    }

    /**
     * An exception a command throws is printed as one line and gives {@link #FAILED}; so does a bad
     * option, for which picocli would answer 2, the code that here means some input files failed.
     */
    static void applyTo(CommandLine commandLine) {
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> report(e, cmd.getErr()));
        setInvalidInputCode(commandLine);
    }

    private static void setInvalidInputCode(CommandLine commandLine) {
        commandLine.getCommandSpec().exitCodeOnInvalidInput(FAILED);
        commandLine.getSubcommands().values().forEach(ExitCodes::setInvalidInputCode);
    }

    /** Prints the failure's one line (and with -Dzhengqi.debug=true its stack trace) and returns its exit code. */
    static int report(Exception e, PrintWriter err) {
        err.println("error: " + StartupFailures.explain(e));
        if (Boolean.getBoolean("zhengqi.debug")) {
            e.printStackTrace(err);
        }
        err.flush();
        return FAILED;
    }
}
