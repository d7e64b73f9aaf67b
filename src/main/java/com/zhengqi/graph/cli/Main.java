package com.zhengqi.graph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/** Root command. With no sub-command it runs {@code serve seeds/}, the main job of a fresh checkout. */
@Command(name = "zhengqi-graph", mixinStandardHelpOptions = true, version = "zhengqi-graph 0.1.0",
        description = "Reads Chinese investment-promotion news into a Neo4j knowledge graph and serves it through GraphQL.",
        subcommands = {ServeCommand.class, IngestCommand.class, ExtractCommand.class, NerCommand.class, ExportCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    /** What a bare {@code java -jar zhengqi-graph.jar} does: the main job of a fresh checkout. */
    private static final String[] DEFAULT_ARGS = {"serve", "seeds"};

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return run(StandardOutput.open(), new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs the command line writing to the given streams (tests capture them this way). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        String[] effective = args.length == 0 ? DEFAULT_ARGS : args;
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setAdjustLineBreaksForWideCJKCharacters(true);
        ExitCodes.applyTo(commandLine);
        int exit = commandLine.execute(effective);
        // What a command printed last (a summary, help) may still sit in the buffer; a failed write is a failed run.
        try {
            StandardOutput.check(out);
        } catch (CommandFailure e) {
            return ExitCodes.report(e, err);
        }
        return exit;
    }

    @Override
    public Integer call() {
        return ExitCodes.OK;
    }
}
