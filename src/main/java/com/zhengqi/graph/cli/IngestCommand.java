package com.zhengqi.graph.cli;

import com.zhengqi.graph.read.SourceFiles;
import com.zhengqi.graph.store.IngestListener;
import com.zhengqi.graph.store.IngestProgress;
import com.zhengqi.graph.store.IngestService;
import com.zhengqi.graph.store.IngestSummary;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code ingest PATH...}: extract files and write them to the graph, then exit. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract files (or folders, recursively) and write their articles to the graph.",
                "Articles already in the graph are skipped, so running it again (or after an interruption) is harmless.",
                "Progress (files, articles/s, ETA) goes to stderr; the summary to stdout.",
                "Exit code 0 when every file was read and written, 2 when some file or JSON-lines record failed "
                        + "(each is named on stderr, a record as FILE:LINE; the file's other records are written)."})
final class IngestCommand implements Callable<Integer> {

    /** How often the progress line is redrawn on a terminal, and printed anew elsewhere. */
    private static final double TERMINAL_REDRAW_SECONDS = 0.25;
    private static final double LOG_LINE_SECONDS = 10;

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    InputOptions input;

    @Option(names = "--json", description = "Print the summary as one JSON object instead of a sentence.")
    boolean json;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: one per core).")
    Integer threads;

    @Option(names = "--batch-size", paramLabel = "N", description = "Articles per write transaction (default 500).")
    Integer batchSize;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Object> properties = input.withSpringProperties(database.springProperties());
        if (threads != null) {
            properties.put("zhengqi.ingest.threads", threads);
        }
        if (batchSize != null) {
            properties.put("zhengqi.ingest.batch-size", batchSize);
        }
        try (ConfigurableApplicationContext context = SpringContexts.start(properties, false)) {
            ProgressPrinter progress = new ProgressPrinter(err, onTerminal());
            IngestSummary summary = context.getBean(IngestService.class).ingest(paths, progress);
            progress.finish();
            out.println(json ? JsonMapper.builder().build().writeValueAsString(summary) : summary.line());
            out.flush();
            return summary.failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FILES_FAILED;
        }
    }

    private static boolean onTerminal() {
        Console console = System.console();
        return console != null && console.isTerminal();
    }

    /**
     * Progress on stderr: on a terminal one line redrawn in place; otherwise (a log, a pipe) a line
     * every few seconds. Failures always get a line of their own.
     */
    private static final class ProgressPrinter implements IngestListener {

        private final PrintWriter err;
        private final boolean terminal;
        private double lastPrinted = -1;
        private int drawnWidth;

        ProgressPrinter(PrintWriter err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        @Override
        public void progress(IngestProgress progress) {
            double interval = terminal ? TERMINAL_REDRAW_SECONDS : LOG_LINE_SECONDS;
            if (lastPrinted >= 0 && progress.seconds() - lastPrinted < interval && progress.filesDone() < progress.filesTotal()) {
                return;
            }
            lastPrinted = progress.seconds();
            String line = progress.line();
            if (terminal) {
                err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
                drawnWidth = line.length();
            } else {
                err.println(line);
            }
            err.flush();
        }

        @Override
        public void failed(IngestSummary.FileFailure failure) {
            clear();
            err.println(failure.file() + ": " + failure.reason());
            err.flush();
        }

        @Override
        public void skippedLink(Path link) {
            clear();
            err.println(link + ": " + SourceFiles.SKIPPED_LINK);
            err.flush();
        }

        void finish() {
            clear();
            err.flush();
        }

        private void clear() {
            if (terminal && drawnWidth > 0) {
                err.print("\r" + " ".repeat(drawnWidth) + "\r");
                drawnWidth = 0;
            }
        }
    }
}
