package com.zhengqi.graph.cli;

import com.zhengqi.graph.registry.GraphRegistry;
import com.zhengqi.graph.registry.RelationshipType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/graph-model.md against what {@code extract --format json seeds/} prints: every node label and
 * relationship type has its row in the contract's tables, and every property it carries is named in
 * that row (a relationship's provenance, {@code articleId}, {@code evidence}, {@code start}, {@code end},
 * is stated once for all). A new label, type or property fails here until it is documented.
 */
class GraphModelDocTest {

    private static final Set<String> PROVENANCE = Set.of("articleId", "evidence", "start", "end");

    /** What {@code extract --format json seeds} prints, one JSON line per file; read once for both tests. */
    private static List<JsonNode> seedLines;

    @BeforeAll
    static void extractTheSeeds() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "extract", "--format", "json", "seeds"))
                .as(err.toString()).isZero();
        seedLines = out.toString().lines().map(line -> JsonMapper.builder().build().readTree(line)).toList();
    }

    @Test
    void everyLabelTypeAndPropertyTheSeedsGiveIsInTheContract() throws IOException {
        Map<String, String> rows = tableRows(Files.readString(Path.of("docs/graph-model.md")));
        Map<String, Set<String>> printed = new HashMap<>();
        for (JsonNode line : seedLines) {
            for (JsonNode article : line.path("articles")) {
                for (JsonNode node : article.path("nodes")) {
                    Set<String> properties = new TreeSet<>(node.path("properties").propertyNames());
                    // Extra labels (Company, GovernmentBody) are described in the row of the label they go with.
                    List<String> labels = node.path("labels").valueStream().map(JsonNode::asString).toList();
                    String described = labels.stream().filter(rows::containsKey).findFirst().orElse(String.join(":", labels));
                    printed.computeIfAbsent(described, k -> new TreeSet<>()).addAll(properties);
                }
                for (JsonNode relationship : article.path("relationships")) {
                    Set<String> properties = new TreeSet<>(relationship.path("properties").propertyNames());
                    properties.removeAll(PROVENANCE);
                    printed.computeIfAbsent(relationship.path("type").asString(), k -> new TreeSet<>()).addAll(properties);
                }
            }
        }

        List<String> undocumented = new ArrayList<>();
        printed.forEach((name, properties) -> {
            String row = rows.get(name);
            if (row == null) {
                undocumented.add(name + " (no row)");
                return;
            }
            properties.stream().filter(p -> !row.contains("`" + p + "`")).forEach(p -> undocumented.add(name + "." + p));
        });
        assertThat(printed).as("the seeds give the labels and types of the model").containsKeys("Article", "Person", "Region",
                "Organization", "Project", "InvestmentStatistic", "FOR_REGION", "LEADS", "MENTIONS");
        assertThat(undocumented).as("add these to docs/graph-model.md").isEmpty();
    }

    /**
     * What extraction prints agrees with graph/registry.json: every label and type is registered,
     * every property of a relationship is one its type declares, and its ends carry labels the type admits.
     */
    @Test
    void everyLabelTypeAndEndTheSeedsGiveIsInTheRegistry() {
        GraphRegistry registry = GraphRegistry.standard();
        Set<String> disagreements = new TreeSet<>();
        Set<String> typesSeen = new TreeSet<>();
        for (JsonNode line : seedLines) {
            for (JsonNode article : line.path("articles")) {
                Map<String, List<String>> labelsById = new HashMap<>();
                for (JsonNode node : article.path("nodes")) {
                    List<String> labels = node.path("labels").valueStream().map(JsonNode::asString).toList();
                    labelsById.put(node.path("id").asString(), labels);
                    labels.stream().filter(l -> registry.label(l).isEmpty()).forEach(l -> disagreements.add("label " + l));
                }
                for (JsonNode relationship : article.path("relationships")) {
                    String name = relationship.path("type").asString();
                    typesSeen.add(name);
                    Optional<RelationshipType> type = registry.find(name);
                    if (type.isEmpty()) {
                        disagreements.add("type " + name);
                        continue;
                    }
                    List<String> from = labelsById.get(relationship.path("start").asString());
                    List<String> to = labelsById.get(relationship.path("end").asString());
                    if (!type.get().admits(from, to)) {
                        disagreements.add(name + " from " + from + " to " + to);
                    }
                    relationship.path("properties").propertyNames().stream()
                            .filter(p -> !PROVENANCE.contains(p) && !type.get().properties().contains(p))
                            .forEach(p -> disagreements.add(name + "." + p));
                }
            }
        }
        assertThat(typesSeen).as("the seeds give most types").contains("LEADS", "HOLDS_POSITION", "INVESTS_IN", "VISITED", "MENTIONS");
        assertThat(disagreements).as("add these to graph/registry.json or fix the extractor").isEmpty();
    }

    /** The rows of the Markdown tables, by the name in backticks of their first cell. */
    private static Map<String, String> tableRows(String markdown) {
        Map<String, String> rows = new HashMap<>();
        for (String line : markdown.lines().toList()) {
            if (line.startsWith("| `")) {
                int end = line.indexOf('`', 3);
                rows.putIfAbsent(line.substring(3, end), line);
            }
        }
        return rows;
    }
}
