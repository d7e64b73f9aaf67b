package com.zhengqi.graph.cli;

import com.zhengqi.graph.export.ExportFormat;
import com.zhengqi.graph.export.GraphExporter;
import com.zhengqi.graph.export.GraphSnapshot;
import com.zhengqi.graph.export.SnapshotReader;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code export --format graphml|gexf|csv|cypher [--query FILE.cypher] [--out PATH]}: the graph, or part of it, in another tool's format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the whole graph, or what a Cypher query returns, as GraphML or GEXF (Gephi, yEd), CSV files for",
                "neo4j-admin database import, or a Cypher script that rebuilds the graph.",
                "To export from a running server, point at its Bolt port: --neo4j-uri bolt://127.0.0.1:7687."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            converter = FormatConverter.class, completionCandidates = FormatNames.class,
            description = "graphml, gexf, csv or cypher.")
    ExportFormat format;

    @Option(names = "--query", paramLabel = "FILE.cypher",
            description = "Export only the nodes, relationships and paths this read-only query returns (with the end nodes of its relationships).")
    Path query;

    @Option(names = "--out", paramLabel = "PATH",
            description = "Where to write. Default: standard output. For csv: a folder (created if missing) or a .zip file; required.")
    Path out;

    @Override
    public Integer call() {
        String cypher = query == null ? null : readQuery(query);
        if (format == ExportFormat.CSV && out == null) {
            throw new ParameterException(spec.commandLine(), "--format csv writes several files: give --out FOLDER or --out FILE.zip");
        }
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context = SpringContexts.start(database.springProperties(), false)) {
            SnapshotReader reader = context.getBean(SnapshotReader.class);
            GraphSnapshot graph;
            try {
                graph = cypher == null ? reader.wholeGraph() : reader.ofQuery(cypher);
            } catch (RuntimeException e) {
                if (query == null) {
                    throw e;
                }
                throw new CommandFailure(query + ": " + e.getMessage());
            }
            GraphExporter exporter = context.getBean(GraphExporter.class);
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                stdout.flush();
                try {
                    exporter.write(format, graph, new WriterOutputStream(stdout));
                } catch (IOException e) {
                    throw CommandFailure.writing("standard output", e);
                }
                StandardOutput.check(stdout);
            } else {
                writeFile(exporter, graph);
            }
            err.printf("exported %d node(s) and %d relationship(s) as %s%s%n", graph.nodes().size(), graph.relationships().size(),
                    format.argument(), out == null ? "" : " to " + out);
            err.flush();
            return ExitCodes.OK;
        }
    }

    private void writeFile(GraphExporter exporter, GraphSnapshot graph) {
        try {
            if (format == ExportFormat.CSV && !out.toString().endsWith(".zip")) {
                exporter.writeCsvFolder(graph, out);
                return;
            }
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            try (OutputStream file = Files.newOutputStream(out)) {
                exporter.write(format, graph, file);
            }
        } catch (IOException e) {
            throw CommandFailure.writing(out, e);
        }
    }

    private String readQuery(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (text.endsWith(";")) {
                text = text.substring(0, text.length() - 1);
            }
            if (text.isBlank()) {
                throw new CommandFailure(file + ": the query file is empty");
            }
            return text;
        } catch (IOException e) {
            throw CommandFailure.reading("the query file", file, e);
        }
    }

    /** Decodes bytes as UTF-8, as they come, onto the command's output writer (which tests capture). */
    private static final class WriterOutputStream extends OutputStream {
        private final PrintWriter writer;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        private final CharBuffer chars = CharBuffer.allocate(1 << 16);

        WriterOutputStream(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] data, int offset, int length) {
            while (length > 0) {
                int chunk = Math.min(length, bytes.remaining());
                bytes.put(data, offset, chunk);
                offset += chunk;
                length -= chunk;
                drain();
            }
        }

        @Override
        public void flush() {
            drain();
            writer.flush();
        }

        /** Decodes what is complete; an unfinished multi-byte character waits for its last bytes. */
        private void drain() {
            bytes.flip();
            decoder.decode(bytes, chars, false);
            chars.flip();
            writer.append(chars);
            chars.clear();
            bytes.compact();
        }
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return ExportFormat.parse(value);
        }
    }

    static final class FormatNames extends java.util.ArrayList<String> {
        FormatNames() {
            for (ExportFormat format : ExportFormat.values()) {
                add(format.argument());
            }
        }
    }
}
