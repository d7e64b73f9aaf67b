package com.zhengqi.graph.store;

import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.model.GraphNode;
import com.zhengqi.graph.model.GraphRelationship;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.SummaryCounters;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes whole articles to Neo4j: one managed transaction per batch (retried by the driver on
 * transient errors), so an article is in the graph completely or not at all. An article whose id is
 * already in the graph is skipped, which makes re-ingesting harmless.
 */
@Component
public class GraphWriter {

    // Labels and types cannot be Cypher parameters; they come from the extractor, never from a user,
    // and are still checked against these shapes before they reach a statement.
    private static final Pattern LABEL = Pattern.compile("[A-Z][A-Za-z]{0,40}");
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z_]{0,40}");
    /** Relationships that state a fact about the world rather than about one article: one edge, first evidence kept. */
    private static final Set<String> SHARED_TYPES = Set.of("PART_OF");

    private final Driver driver;

    public GraphWriter(Driver driver) {
        this.driver = driver;
    }

    public WriteResult write(List<ArticleGraph> articles) {
        if (articles.isEmpty()) {
            return WriteResult.NONE;
        }
        try (Session session = driver.session()) {
            return session.executeWrite(tx -> writeInTransaction(tx, articles));
        }
    }

    private WriteResult writeInTransaction(TransactionContext tx, List<ArticleGraph> articles) {
        Set<String> present = new HashSet<>(tx.run("UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id",
                Map.of("ids", articles.stream().map(ArticleGraph::id).toList())).list(r -> r.get("id").asString()));
        Map<String, ArticleGraph> fresh = new LinkedHashMap<>();
        for (ArticleGraph article : articles) {
            if (!present.contains(article.id())) {
                fresh.putIfAbsent(article.id(), article);
            }
        }
        Plan plan = new Plan();
        fresh.values().forEach(plan::add);
        int nodes = 0;
        int relationships = 0;
        for (var group : plan.nodes.entrySet()) {
            SummaryCounters c = tx.run(nodeStatement(group.getKey()), Map.of("rows", group.getValue())).consume().counters();
            nodes += c.nodesCreated();
        }
        for (var group : plan.relationships.entrySet()) {
            SummaryCounters c = tx.run(relationshipStatement(group.getKey()), Map.of("rows", group.getValue())).consume().counters();
            relationships += c.relationshipsCreated();
        }
        return new WriteResult(fresh.size(), articles.size() - fresh.size(), nodes, relationships);
    }

    private static String nodeStatement(List<String> labels) {
        String primary = checked(labels.getFirst(), LABEL);
        StringBuilder cypher = new StringBuilder("UNWIND $rows AS r MERGE (n:`").append(primary).append("` {")
                .append(keyProperty(primary)).append(": r.key}) SET n += r.props");
        for (String extra : labels.subList(1, labels.size())) {
            cypher.append(" SET n:`").append(checked(extra, LABEL)).append('`');
        }
        return cypher.toString();
    }

    private static String relationshipStatement(RelationshipGroup group) {
        String match = "UNWIND $rows AS r MATCH (a:`" + checked(group.startLabel, LABEL) + "` {" + keyProperty(group.startLabel)
                + ": r.start}) MATCH (b:`" + checked(group.endLabel, LABEL) + "` {" + keyProperty(group.endLabel) + ": r.end}) ";
        String type = checked(group.type, TYPE);
        return SHARED_TYPES.contains(type)
                ? match + "MERGE (a)-[x:`" + type + "`]->(b) ON CREATE SET x += r.props"
                : match + "CREATE (a)-[x:`" + type + "`]->(b) SET x += r.props";
    }

    static String keyProperty(String label) {
        return "Industry".equals(label) ? "name" : "id";
    }

    private static String checked(String name, Pattern shape) {
        if (!shape.matcher(name).matches()) {
            throw new IllegalArgumentException("not a valid label or relationship type: " + name);
        }
        return name;
    }

    private record RelationshipGroup(String type, String startLabel, String endLabel) {
    }

    /** The rows of one batch, grouped so that each group is one UNWIND statement. */
    private static final class Plan {
        final Map<List<String>, List<Map<String, Object>>> nodes = new LinkedHashMap<>();
        final Map<RelationshipGroup, List<Map<String, Object>>> relationships = new LinkedHashMap<>();

        void add(ArticleGraph article) {
            Map<String, String> keys = EntityKeys.of(article);
            Map<String, GraphNode> byLocalId = new HashMap<>();
            String articleLocalId = null;
            for (GraphNode node : article.nodes()) {
                byLocalId.put(node.id(), node);
                if ("Article".equals(node.primaryLabel())) {
                    articleLocalId = node.id();
                }
            }
            addArticle(article);
            Set<String> mentioned = new HashSet<>();
            for (GraphNode node : article.nodes()) {
                if (node.id().equals(articleLocalId)) {
                    continue;
                }
                Map<String, Object> props = new HashMap<>(node.properties());
                props.remove("mentions");
                if (!"Industry".equals(node.primaryLabel())) {
                    props.put("id", keys.get(node.id()));
                }
                nodes.computeIfAbsent(node.labels(), k -> new ArrayList<>())
                        .add(Map.of("key", keyValue(node, keys), "props", props));
            }
            Set<List<Object>> seen = new HashSet<>();
            for (GraphRelationship r : article.relationships()) {
                GraphNode start = byLocalId.get(r.start());
                GraphNode end = byLocalId.get(r.end());
                if (start == null || end == null || !seen.add(List.of(r.type(), r.start(), r.end(), r.properties()))) {
                    continue;
                }
                if ("MENTIONS".equals(r.type())) {
                    mentioned.add(r.end());
                }
                Map<String, Object> props = new HashMap<>(r.properties());
                props.putIfAbsent("articleId", article.id());
                relationships.computeIfAbsent(new RelationshipGroup(r.type(), start.primaryLabel(), end.primaryLabel()), k -> new ArrayList<>())
                        .add(Map.of("start", keyValue(start, keys), "end", keyValue(end, keys), "props", props));
            }
            // Every entity an article names is reachable from it, even when the extractor related it to nothing.
            for (GraphNode node : article.nodes()) {
                if (!node.id().equals(articleLocalId) && !mentioned.contains(node.id())) {
                    Object count = node.properties().getOrDefault("mentions", 1);
                    relationships.computeIfAbsent(new RelationshipGroup("MENTIONS", "Article", node.primaryLabel()), k -> new ArrayList<>())
                            .add(Map.of("start", article.id(), "end", keyValue(node, keys),
                                    "props", Map.of("articleId", article.id(), "count", count)));
                }
            }
        }

        private void addArticle(ArticleGraph article) {
            Map<String, Object> props = new HashMap<>();
            props.put("id", article.id());
            props.put("title", article.title());
            props.put("source", article.source());
            props.put("text", article.text());
            if (article.publishedOn() != null) {
                props.put("publishedOn", article.publishedOn());
            }
            if (article.newspaper() != null) {
                props.put("newspaper", article.newspaper());
            }
            nodes.computeIfAbsent(List.of("Article"), k -> new ArrayList<>()).add(Map.of("key", article.id(), "props", props));
        }

        private static String keyValue(GraphNode node, Map<String, String> keys) {
            return "Industry".equals(node.primaryLabel()) ? node.name() : keys.get(node.id());
        }
    }
}
