package com.zhengqi.graph.cli;

import picocli.CommandLine;

/** Exit codes of every command, and the one place that turns an unexpected exception into one. */
final class ExitCodes {

    public static final int OK = 0;
    /** Something went wrong that is not about one input file: configuration, database, ... */
    public static final int FAILED = 1;
    /** The run finished, but at least one input file, or one record of a JSON-lines file, could not be processed. */
    public static final int SOME_FILES_FAILED = 2;

    private ExitCodes() {
    }

    static final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
            cmd.getErr().println("error: " + StartupFailures.explain(e));
            if (Boolean.getBoolean("zhengqi.debug")) {
                e.printStackTrace(cmd.getErr());
            }
            return FAILED;
        }
    }
}
