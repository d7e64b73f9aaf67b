package com.zhengqi.graph.export;

import org.springframework.core.io.ClassPathResource;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A Cypher script that rebuilds the graph in an empty database: the application's schema
 * (cypher/schema.cypher, idempotent), then nodes and relationships in batches of {@code UNWIND} over
 * literal rows. Every statement is on one line and ends with a semicolon, so cypher-shell
 * ({@code cypher-shell -f graph.cypher}), Neo4j Browser and any line-based runner can play it.
 * Nodes are found again while relationships are created through a temporary label and key, which the
 * script removes (with their constraint) at the end.
 */
final class CypherScriptWriter implements SnapshotFormatWriter {

    static final String SCHEMA_RESOURCE = "cypher/schema.cypher";
    private static final String IMPORT_LABEL = CypherLiterals.name("ZhengqiImport");
    private static final String IMPORT_KEY = CypherLiterals.name("zhengqiImportKey");
    private static final int ROWS_PER_STATEMENT = 500;
    /** Long article texts: a statement stops taking rows past this many characters. */
    private static final int CHARACTERS_PER_STATEMENT = 1 << 19;

    @Override
    public void write(GraphSnapshot graph, OutputStream stream) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        out.write("// ZhengQi Graph export: %d nodes, %d relationships. Run it against an empty database,%n"
                .formatted(graph.nodes().size(), graph.relationships().size()));
        out.write("// e.g. cypher-shell -a bolt://127.0.0.1:7687 -f graph.cypher. Every statement is one line.\n");
        out.write("// The schema of the application (constraints and indexes):\n");
        for (String statement : schemaStatements()) {
            out.write(statement + ";\n");
        }
        out.write("CREATE CONSTRAINT zhengqi_import_key IF NOT EXISTS FOR (n:%s) REQUIRE n.%s IS UNIQUE;%n"
                .formatted(IMPORT_LABEL, IMPORT_KEY));
        out.write("// Nodes, grouped by labels:\n");
        Map<List<String>, List<ExportNode>> byLabels = graph.nodes().stream()
                .collect(Collectors.groupingBy(ExportNode::labels, LinkedHashMap::new, Collectors.toList()));
        for (var group : byLabels.entrySet()) {
            String labels = group.getKey().stream().map(CypherLiterals::name).map(l -> ":" + l).collect(Collectors.joining());
            String prefix = "UNWIND [";
            String suffix = "] AS row CREATE (n:%s%s) SET n = row.p, n.%s = row.k;\n".formatted(IMPORT_LABEL, labels, IMPORT_KEY);
            batches(out, prefix, suffix, group.getValue().stream()
                    .map(n -> "{k: " + CypherLiterals.string(n.key()) + ", p: " + CypherLiterals.map(n.properties()) + "}").toList());
        }
        out.write("// Relationships, grouped by type:\n");
        Map<String, List<ExportRelationship>> byType = graph.relationships().stream()
                .collect(Collectors.groupingBy(ExportRelationship::type, LinkedHashMap::new, Collectors.toList()));
        for (var group : byType.entrySet()) {
            String prefix = "UNWIND [";
            String suffix = ("] AS row MATCH (a:%1$s {%2$s: row.s}) MATCH (b:%1$s {%2$s: row.e}) "
                    + "CREATE (a)-[r:%3$s]->(b) SET r = row.p;\n").formatted(IMPORT_LABEL, IMPORT_KEY, CypherLiterals.name(group.getKey()));
            batches(out, prefix, suffix, group.getValue().stream()
                    .map(r -> "{s: " + CypherLiterals.string(r.source()) + ", e: " + CypherLiterals.string(r.target())
                            + ", p: " + CypherLiterals.map(r.properties()) + "}").toList());
        }
        out.write("// Clean-up of the temporary label and key, in bounded transactions:\n");
        for (int done = 0; done < graph.nodes().size(); done += 10_000) {
            out.write("MATCH (n:%1$s) WITH n LIMIT 10000 REMOVE n:%1$s, n.%2$s;%n".formatted(IMPORT_LABEL, IMPORT_KEY));
        }
        out.write("DROP CONSTRAINT zhengqi_import_key IF EXISTS;\n");
        out.flush();
    }

    private static void batches(Writer out, String prefix, String suffix, List<String> rows) throws IOException {
        List<String> batch = new ArrayList<>();
        int characters = 0;
        for (String row : rows) {
            if (!batch.isEmpty() && (batch.size() >= ROWS_PER_STATEMENT || characters + row.length() > CHARACTERS_PER_STATEMENT)) {
                out.write(prefix + String.join(", ", batch) + suffix);
                batch.clear();
                characters = 0;
            }
            batch.add(row);
            characters += row.length();
        }
        if (!batch.isEmpty()) {
            out.write(prefix + String.join(", ", batch) + suffix);
        }
    }

    /** The application's schema statements, each on one line. */
    static List<String> schemaStatements() {
        try (InputStream in = new ClassPathResource(SCHEMA_RESOURCE).getInputStream()) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.strip().startsWith("//"))
                    .collect(Collectors.joining("\n"));
            List<String> statements = new ArrayList<>();
            for (String statement : script.split(";\\s*(\\n|$)")) {
                String oneLine = statement.strip().replaceAll("\\s*\\n\\s*", " ");
                if (!oneLine.isEmpty()) {
                    statements.add(oneLine);
                }
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE + " from the classpath", e);
        }
    }
}
