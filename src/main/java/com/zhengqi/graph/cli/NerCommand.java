package com.zhengqi.graph.cli;

import com.zhengqi.graph.ner.EntitySpan;
import com.zhengqi.graph.ner.EntityTagger;
import com.zhengqi.graph.ner.PerceptronEntityTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code ner --format cluener FILE}: reads CLUENER JSON lines and writes each back, in input order,
 * with {@code label} filled: {"label": {"name": {"李富生": [[start, endInclusive]]}}}.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = {"Tag entities in CLUENER2020 JSON lines (name, position, company, government, organization, address).",
                "Each input line is written back, in order, with its \"label\" replaced by what was found (end offsets inclusive)."})
final class NerCommand implements Callable<Integer> {

    enum Format { cluener }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "cluener", description = "Input and output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Parameters(arity = "1", paramLabel = "FILE", description = "CLUENER JSON lines, one {\"text\": ...} object per line.")
    Path file;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JsonMapper json = JsonMapper.builder().build();
        EntityTagger tagger = PerceptronEntityTagger.shared();
        int lineNumber = 0;
        int failed = 0;
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                ObjectNode record;
                try {
                    record = (ObjectNode) json.readTree(line);
                } catch (RuntimeException e) {
                    failed++;
                    err.println(file + ":" + lineNumber + ": not a JSON object: " + e.getMessage());
                    continue;
                }
                JsonNode text = record.get("text");
                ObjectNode labels = record.putObject("label");
                if (text != null && text.isString()) {
                    for (EntitySpan span : tagger.tag(text.asString())) {
                        ObjectNode byLabel = labels.has(span.label()) ? (ObjectNode) labels.get(span.label()) : labels.putObject(span.label());
                        ArrayNode places = byLabel.has(span.text()) ? (ArrayNode) byLabel.get(span.text()) : byLabel.putArray(span.text());
                        places.addArray().add(span.start()).add(span.end() - 1);
                    }
                }
                out.println(json.writeValueAsString(record));
            }
        }
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FILES_FAILED;
    }
}
