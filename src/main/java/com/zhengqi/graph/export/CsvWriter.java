package com.zhengqi.graph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * CSV files in the header format of {@code neo4j-admin database import full}: one nodes file per set
 * of labels ({@code id:ID} or {@code :ID}, {@code :LABEL}, typed property columns such as
 * {@code amountYuan:double} or {@code aliases:string[]}), one relationships file per type
 * ({@code :START_ID}, {@code :END_ID}, {@code :TYPE}, properties), and {@code import.sh} with the
 * command that loads them. Texts are quoted with inner quotes doubled; array elements are separated
 * by {@code ;} (the importer's default); article texts span lines, hence {@code --multiline-fields=true}.
 */
final class CsvWriter {

    static final String IMPORT_SCRIPT = "import.sh";
    private static final char ARRAY_DELIMITER = ';';

    /** The files written, in the order the import command names them. */
    record Manifest(List<String> nodeFiles, List<String> relationshipFiles) {

        /**
         * The arguments of {@code neo4j-admin database import full} after the command itself. The
         * database comes first because --nodes and --relationships take any number of files.
         */
        List<String> importArguments(String folder, String database) {
            List<String> arguments = new ArrayList<>();
            arguments.add(database);
            arguments.add("--multiline-fields=true");
            nodeFiles.forEach(f -> arguments.add("--nodes=" + folder + f));
            relationshipFiles.forEach(f -> arguments.add("--relationships=" + folder + f));
            return arguments;
        }
    }

    Manifest write(GraphSnapshot graph, FileSink sink) throws IOException {
        Map<List<String>, List<ExportNode>> byLabels = graph.nodes().stream()
                .collect(Collectors.groupingBy(ExportNode::labels, LinkedHashMap::new, Collectors.toList()));
        Map<String, List<ExportRelationship>> byType = graph.relationships().stream()
                .collect(Collectors.groupingBy(ExportRelationship::type, LinkedHashMap::new, Collectors.toList()));
        List<String> nodeFiles = new ArrayList<>();
        for (var group : byLabels.entrySet()) {
            String name = "nodes-%02d-%s.csv".formatted(nodeFiles.size() + 1, fileSafe(String.join("-", group.getKey())));
            writeNodes(group.getValue(), sink, name);
            nodeFiles.add(name);
        }
        List<String> relationshipFiles = new ArrayList<>();
        for (var group : byType.entrySet()) {
            String name = "relationships-%02d-%s.csv".formatted(relationshipFiles.size() + 1, fileSafe(group.getKey()));
            writeRelationships(group.getValue(), sink, name);
            relationshipFiles.add(name);
        }
        Manifest manifest = new Manifest(nodeFiles, relationshipFiles);
        try (Writer out = writer(sink, IMPORT_SCRIPT)) {
            out.write("""
                    #!/bin/sh
                    # Loads these files into a new database with Neo4j's bulk importer (the database must not exist yet;
                    # add --overwrite-destination to replace it). Run from anywhere: sh import.sh [DATABASE]
                    # with NEO4J_HOME pointing at a Neo4j installation (default: the current folder).
                    cd "$(dirname "$0")" || exit 1
                    exec "${NEO4J_HOME:-.}/bin/neo4j-admin" database import full \\
                    """);
            List<String> arguments = manifest.importArguments("", "\"${1:-neo4j}\"");
            for (int i = 0; i < arguments.size(); i++) {
                out.write("  " + arguments.get(i) + (i + 1 < arguments.size() ? " \\\n" : "\n"));
            }
        }
        return manifest;
    }

    private static void writeNodes(List<ExportNode> nodes, FileSink sink, String name) throws IOException {
        // The id property doubles as the import id when every node of the file has one: id:ID stores it as well.
        boolean idIsKey = nodes.stream().allMatch(n -> n.properties().get("id") instanceof String id && id.equals(n.key()));
        List<PropertyColumns.Column> columns = PropertyColumns.of(nodes.stream().map(ExportNode::properties).toList()).stream()
                .filter(c -> !(idIsKey && c.name().equals("id"))).toList();
        try (Writer out = writer(sink, name)) {
            List<String> header = new ArrayList<>(List.of(idIsKey ? "id:ID" : ":ID", ":LABEL"));
            columns.forEach(c -> header.add(headerName(c)));
            line(out, header);
            for (ExportNode node : nodes) {
                List<String> fields = new ArrayList<>(List.of(quoted(node.key()), quoted(String.join(";", node.labels()))));
                columns.forEach(c -> fields.add(field(node.properties().get(c.name()), c.type())));
                line(out, fields);
            }
        }
    }

    private static void writeRelationships(List<ExportRelationship> relationships, FileSink sink, String name) throws IOException {
        List<PropertyColumns.Column> columns = PropertyColumns.of(relationships.stream().map(ExportRelationship::properties).toList());
        try (Writer out = writer(sink, name)) {
            List<String> header = new ArrayList<>(List.of(":START_ID", ":END_ID", ":TYPE"));
            columns.forEach(c -> header.add(headerName(c)));
            line(out, header);
            for (ExportRelationship r : relationships) {
                List<String> fields = new ArrayList<>(List.of(quoted(r.source()), quoted(r.target()), quoted(r.type())));
                columns.forEach(c -> fields.add(field(r.properties().get(c.name()), c.type())));
                line(out, fields);
            }
        }
    }

    private static String headerName(PropertyColumns.Column column) {
        String name = column.name() + ":" + column.type().element().importName + (column.type().list() ? "[]" : "");
        return name.matches("[^,\":\\s]+:[a-z]+(\\[])?") ? name : quoted(name);
    }

    /** One field: empty when absent, texts quoted, numbers and booleans bare. */
    private static String field(Object value, PropertyType type) {
        if (value == null) {
            return "";
        }
        if (type.list()) {
            Collection<?> values = value instanceof Collection<?> c ? c : List.of(value);
            return quoted(values.stream().map(v -> TextValues.of(Objects.requireNonNull(v), type.element()))
                    .collect(Collectors.joining(String.valueOf(ARRAY_DELIMITER))));
        }
        String text = TextValues.of(value, type.element());
        return switch (type.element()) {
            case LONG, DOUBLE, BOOLEAN -> text;
            default -> quoted(text);
        };
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        out.write(String.join(",", fields));
        out.write('\n');
    }

    private static String fileSafe(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private static Writer writer(FileSink sink, String name) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(sink.create(name), StandardCharsets.UTF_8), 1 << 16);
    }
}
