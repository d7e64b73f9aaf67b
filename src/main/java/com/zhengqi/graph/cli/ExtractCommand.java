package com.zhengqi.graph.cli;

import com.zhengqi.graph.extract.NewsPageExtractor;
import com.zhengqi.graph.extract.PageExtractor;
import com.zhengqi.graph.read.ReadFailures;
import com.zhengqi.graph.read.SourceFiles;
import com.zhengqi.graph.read.source.DocumentReader;
import com.zhengqi.graph.read.source.SkippedRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code extract --format json PATH...}: one JSON line per input file, without touching a database. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract the graph of each file (no database) and print one JSON line per file.",
                "The shape is the contract of graph-model.md: {source, articles: [{id, title, nodes, relationships}]}.",
                "A file that cannot be read, or a bad record of a JSON-lines file (FILE:LINE), is reported on stderr and skipped; "
                        + "the exit code is then 2."})
final class ExtractCommand implements Callable<Integer> {

    enum Format { json }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "json", description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    InputOptions input;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (walked recursively).")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonMapper json = JsonMapper.builder().build();
        PageExtractor extractor = new NewsPageExtractor();
        DocumentReader reader = new DocumentReader(input.readOptions());
        int failed = 0;
        List<SkippedRecord> skipped = new ArrayList<>();
        Consumer<SkippedRecord> skip = record -> {
            skipped.add(record);
            err.println(record.message());
        };
        List<Path> files = SourceFiles.expand(paths, link -> err.println(link + ": " + SourceFiles.SKIPPED_LINK));
        for (Path file : files) {
            try {
                out.println(json.writeValueAsString(extractor.extract(file.toString(), reader.read(file, skip))));
                // Stops at the first failed write (a full disk): the lines after it would be lost too.
                StandardOutput.check(out);
            } catch (CommandFailure e) {
                throw e;
            } catch (Exception e) {
                failed++;
                err.println(file + ": " + ReadFailures.describe(e));
            }
        }
        err.printf("extracted %d file(s), %d failed%s%n", files.size() - failed, failed,
                skipped.isEmpty() ? "" : ", %d record(s) skipped".formatted(skipped.size()));
        err.flush();
        return failed == 0 && skipped.isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FILES_FAILED;
    }
}
