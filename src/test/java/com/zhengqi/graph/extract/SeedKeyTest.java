package com.zhengqi.graph.extract;

import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.model.FileGraph;
import com.zhengqi.graph.model.GraphNode;
import com.zhengqi.graph.model.GraphRelationship;
import com.zhengqi.graph.read.source.DocumentReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The seed scorer's main checks, run from Java against seeds/ and ../shared/eval/seeds-gold.json (skipped
 * when the key is not beside the project): officials with their region, no reporter as an official,
 * projects with their amounts, investments. Names match as the scorer matches them (one contains the other).
 */
class SeedKeyTest {

    /** Beside the project in CI; {@code -Dseeds.key=…} points elsewhere for a worktree. */
    private static final Path KEY = Path.of(System.getProperty("seeds.key", "../shared/eval/seeds-gold.json"));
    private static JsonNode gold;
    private static final Map<String, FileGraph> extracted = new HashMap<>();

    @BeforeAll
    static void extractTheSeeds() throws Exception {
        if (!Files.exists(KEY)) {
            return;
        }
        gold = JsonMapper.builder().build().readTree(Files.readString(KEY));
        NewsPageExtractor extractor = new NewsPageExtractor();
        for (JsonNode file : gold.path("files")) {
            String name = file.path("file").asString();
            extracted.put(name, extractor.extract(name, new DocumentReader().read(Path.of("seeds", name))));
        }
    }

    private static String norm(String s) {
        String n = s.replaceAll("\\s+", "").replace('（', '(').replace('）', ')');
        return n.endsWith("项目") && n.length() > 2 ? n.substring(0, n.length() - 2) : n;
    }

    private static boolean same(String a, String b) {
        String x = norm(a);
        String y = norm(b);
        return !x.isEmpty() && !y.isEmpty() && (x.equals(y) || Math.min(x.length(), y.length()) >= 2 && (x.contains(y) || y.contains(x)));
    }

    /** Facts of one file: type, start name, end name (plus the end's PART_OF reach), amount. */
    private record Fact(String type, String from, Set<String> to, Object amount) {
    }

    private static List<Fact> facts(String file) {
        List<Fact> facts = new ArrayList<>();
        for (ArticleGraph article : extracted.get(file).articles()) {
            Map<String, GraphNode> byId = new HashMap<>();
            article.nodes().forEach(n -> byId.put(n.id(), n));
            Map<String, List<String>> up = new HashMap<>();
            for (GraphRelationship r : article.relationships()) {
                if (r.type().equals("PART_OF") || r.type().equals("LOCATED_IN")) {
                    up.computeIfAbsent(r.start(), k -> new ArrayList<>()).add(r.end());
                }
            }
            for (GraphRelationship r : article.relationships()) {
                Set<String> reach = new HashSet<>();
                List<String> frontier = List.of(r.end());
                for (int depth = 0; depth < 5 && !frontier.isEmpty(); depth++) {
                    List<String> next = new ArrayList<>();
                    for (String id : frontier) {
                        reach.add(byId.get(id).name());
                        next.addAll(up.getOrDefault(id, List.of()));
                    }
                    frontier = next;
                }
                Object amount = r.properties().containsKey("amountYuan") ? r.properties().get("amountYuan") : byId.get(r.end()).properties().get("amountYuan");
                facts.add(new Fact(r.type(), byId.get(r.start()).name(), reach, amount));
            }
            for (GraphNode n : article.nodes()) {
                if (n.labels().contains("Project")) {
                    facts.add(new Fact("Project", n.name(), Set.of(), n.properties().get("amountYuan")));
                }
            }
        }
        return facts;
    }

    private static boolean amountOk(JsonNode gold, Object got) {
        if (gold == null || gold.isMissingNode() || gold.isNull()) {
            return true;
        }
        return got instanceof Number n && Math.abs(n.doubleValue() - gold.asDouble()) <= 0.005 * gold.asDouble();
    }

    @Test
    void officialsAreFoundWithTheirRegionAndNoReporterIsOne() {
        assumeTrue(gold != null, "the answer key is not beside the project");
        int expected = 0;
        int found = 0;
        for (JsonNode file : gold.path("files")) {
            List<Fact> facts = facts(file.path("file").asString());
            for (JsonNode official : file.path("officials")) {
                expected++;
                String region = official.path("region").asString();
                if (facts.stream().anyMatch(f -> (f.type().equals("LEADS") || f.type().equals("HOLDS_POSITION"))
                        && f.from().equals(official.path("name").asString()) && f.to().stream().anyMatch(t -> same(t, region)))) {
                    found++;
                }
            }
            for (JsonNode reporter : file.path("reporters")) {
                assertThat(facts).noneMatch(f -> (f.type().equals("LEADS") || f.type().equals("HOLDS_POSITION")) && f.from().equals(reporter.asString()));
            }
        }
        assertThat((double) found / expected).as("officials recall").isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void projectsAreFoundWithTheirAmounts() {
        assumeTrue(gold != null, "the answer key is not beside the project");
        int expected = 0;
        int found = 0;
        for (JsonNode file : gold.path("files")) {
            List<Fact> facts = facts(file.path("file").asString());
            for (JsonNode project : file.path("projects")) {
                expected++;
                if (facts.stream().anyMatch(f -> f.type().equals("Project") && same(f.from(), project.path("name").asString())
                        && amountOk(project.path("amountYuan"), f.amount()))) {
                    found++;
                }
            }
        }
        assertThat((double) found / expected).as("projects recall").isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void investmentsAreFoundWithInvestorProjectAndAmount() {
        assumeTrue(gold != null, "the answer key is not beside the project");
        for (JsonNode file : gold.path("files")) {
            List<Fact> facts = facts(file.path("file").asString());
            for (JsonNode investment : file.path("investments")) {
                assertThat(facts).as(investment.toString()).anyMatch(f -> f.type().equals("INVESTS_IN")
                        && same(f.from(), investment.path("investor").asString())
                        && f.to().stream().anyMatch(t -> same(t, investment.path("project").asString()))
                        && amountOk(investment.path("amountYuan"), f.amount()));
            }
        }
    }
}
