package com.zhengqi.graph.cli;

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

    @Test
    void everyLabelTypeAndPropertyTheSeedsGiveIsInTheContract() throws IOException {
        Map<String, String> rows = tableRows(Files.readString(Path.of("docs/graph-model.md")));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "extract", "--format", "json", "seeds"))
                .as(err.toString()).isZero();

        Map<String, Set<String>> printed = new HashMap<>();
        for (String line : out.toString().lines().toList()) {
            for (JsonNode article : JsonMapper.builder().build().readTree(line).path("articles")) {
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
