package com.zhengqi.graph.cli;

import com.zhengqi.graph.store.IngestService;
import com.zhengqi.graph.store.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ingest PATH...}: extract files and write them to the graph, then exit. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Extract files (or folders, recursively) and write their articles to the graph.",
                "Articles already in the graph are skipped, so running it again is harmless.",
                "Exit code 0 when every file was read, 2 when some failed (each is named on stderr)."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    InputOptions input;

    @Option(names = "--json", description = "Print the summary as one JSON object instead of a sentence.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context = SpringContexts.start(input.withSpringProperties(database.springProperties()), false)) {
            IngestSummary summary = context.getBean(IngestService.class).ingest(paths, message -> {
                err.println(message);
                err.flush();
            });
            out.println(json ? JsonMapper.builder().build().writeValueAsString(summary) : summary.line());
            out.flush();
            return summary.failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FILES_FAILED;
        }
    }
}
