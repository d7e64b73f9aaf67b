package com.zhengqi.graph.store;

import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.resolve.identity.NodeJoin;
import com.zhengqi.graph.resolve.identity.ResolvedArticle;
import com.zhengqi.graph.resolve.identity.ResolvedNode;
import com.zhengqi.graph.resolve.identity.ResolvedRelationship;
import org.neo4j.driver.TransactionContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements that write one batch of resolved articles: one {@code UNWIND $rows … MERGE} per
 * node label and per relationship type and end labels, then the joins the batch implies. Run inside
 * one transaction, so the batch is written completely or not at all.
 *
 * <p>Cypher runs a statement clause by clause over all rows, so a row cannot see what an earlier row
 * of the same statement set in a later clause. Every node and every merged relationship therefore
 * gets exactly one row per batch, folded here from all the articles of the batch that name it.
 */
final class WritePlan {

    /** What the statements did. */
    record Counts(int nodesCreated, int relationshipsCreated, int nodesJoined) {
    }

    private record RelationshipGroup(String type, String startLabel, String endLabel) {
    }

    private final List<Map<String, Object>> articles = new ArrayList<>();
    private final Map<String, Map<String, NodeRow>> nodes = new LinkedHashMap<>();
    private final Map<RelationshipGroup, Map<List<Object>, FactRow>> facts = new LinkedHashMap<>();
    private final Map<RelationshipGroup, List<Map<String, Object>>> events = new LinkedHashMap<>();
    private final List<NodeJoin> joins = new ArrayList<>();

    static WritePlan of(List<ResolvedArticle> batch) {
        WritePlan plan = new WritePlan();
        batch.forEach(plan::add);
        return plan;
    }

    private void add(ResolvedArticle resolved) {
        ArticleGraph article = resolved.article();
        Map<String, Object> props = new HashMap<>();
        props.put("id", article.id());
        props.put("title", article.title());
        props.put("source", article.source());
        props.put("text", article.text());
        props.put("publishedOn", article.publishedOn());
        props.put("newspaper", article.newspaper());
        articles.add(Map.of("id", article.id(), "props", PropertyValues.storable(props)));
        String date = article.publishedOn();
        for (ResolvedNode node : resolved.nodes()) {
            nodes.computeIfAbsent(CypherNames.label(node.label()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(node.id(), NodeRow::new)
                    .add(node, date);
        }
        for (ResolvedRelationship r : resolved.relationships()) {
            RelationshipGroup group = new RelationshipGroup(CypherNames.type(r.type()), CypherNames.label(r.startLabel()),
                    CypherNames.label(r.endLabel()));
            Map<String, Object> relProps = PropertyValues.storable(r.properties());
            if (RelationshipPolicy.merged(r.type())) {
                Object key = RelationshipPolicy.key(r.type()).map(k -> relProps.getOrDefault(k, "")).orElse("");
                facts.computeIfAbsent(group, k -> new LinkedHashMap<>())
                        .computeIfAbsent(List.of(r.startId(), r.endId(), key), k -> new FactRow(r.startId(), r.endId(), key))
                        .add(relProps, article.id(), date);
            } else {
                events.computeIfAbsent(group, k -> new ArrayList<>()).add(Map.of("start", r.startId(), "end", r.endId(), "props", relProps));
            }
        }
        joins.addAll(resolved.joins());
    }

    Counts run(TransactionContext tx) {
        int nodesCreated = tx.run("UNWIND $rows AS r MERGE (n:Article {id: r.id}) SET n += r.props", Map.of("rows", articles))
                .consume().counters().nodesCreated();
        for (var group : nodes.entrySet()) {
            List<Map<String, Object>> rows = group.getValue().values().stream().map(NodeRow::row).toList();
            nodesCreated += tx.run(nodeStatement(group.getKey()), Map.of("rows", rows)).consume().counters().nodesCreated();
        }
        int relationshipsCreated = 0;
        for (var group : facts.entrySet()) {
            List<Map<String, Object>> rows = group.getValue().values().stream().map(FactRow::row).toList();
            relationshipsCreated += tx.run(factStatement(group.getKey()), Map.of("rows", rows)).consume().counters().relationshipsCreated();
        }
        for (var group : events.entrySet()) {
            relationshipsCreated += tx.run(match(group.getKey()) + "CREATE (a)-[x:`%s`]->(b) SET x = r.props".formatted(group.getKey().type()),
                    Map.of("rows", group.getValue())).consume().counters().relationshipsCreated();
        }
        int joined = 0;
        for (NodeJoin join : joins) {
            joined += NodeJoiner.join(tx, join);
        }
        return new Counts(nodesCreated - joined, relationshipsCreated, joined);
    }

    /**
     * One label's nodes: the longest name wins and the others become aliases; other properties are
     * filled where missing, except the changing ones ({@link NodeRow#LATEST}), where the newest
     * article wins; {@code firstSeen}/{@code lastSeen} span the dates of the articles that name it.
     */
    private static String nodeStatement(String label) {
        return """
                UNWIND $rows AS r
                MERGE (n:`%s` {%s: r.id})
                WITH n, r, CASE WHEN n.name IS NULL OR size(r.name) > size(n.name) THEN r.name ELSE n.name END AS name
                SET n:$(r.labels)
                SET n.aliases = reduce(acc = [], x IN coalesce(n.aliases, []) + [n.name] + r.aliases |
                        CASE WHEN x IS NULL OR x = name OR x IN acc THEN acc ELSE acc + x END),
                    n.name = name,
                    n.anchors = CASE WHEN size(r.anchors) = 0 THEN n.anchors
                        ELSE reduce(acc = coalesce(n.anchors, []), x IN r.anchors | CASE WHEN x IN acc THEN acc ELSE acc + x END) END
                FOREACH (k IN keys(r.fill) | SET n[k] = coalesce(n[k], r.fill[k]))
                FOREACH (k IN keys(r.latest) |
                    SET n[k] = CASE WHEN n[k] IS NULL OR (r.latestOn IS NOT NULL AND (n.reportedOn IS NULL OR r.latestOn >= n.reportedOn))
                        THEN r.latest[k] ELSE n[k] END)
                SET n.reportedOn = CASE WHEN r.latestOn IS NOT NULL AND (n.reportedOn IS NULL OR r.latestOn >= n.reportedOn)
                        THEN r.latestOn ELSE n.reportedOn END,
                    n.firstSeen = CASE WHEN r.firstSeen IS NOT NULL AND (n.firstSeen IS NULL OR r.firstSeen < n.firstSeen) THEN r.firstSeen ELSE n.firstSeen END,
                    n.lastSeen = CASE WHEN r.lastSeen IS NOT NULL AND (n.lastSeen IS NULL OR r.lastSeen > n.lastSeen) THEN r.lastSeen ELSE n.lastSeen END
                """.formatted(label, CypherNames.keyProperty(label));
    }

    /**
     * A fact: one relationship between two nodes (with one key). It counts every article that states
     * it and keeps the first {@value FactRow#KEPT_STATEMENTS} of them with their sentences: a fact like
     * 北关区 PART_OF 安阳市 is restated by nearly every article, and an unbounded list would be compared
     * and rewritten on every batch.
     */
    private static String factStatement(RelationshipGroup group) {
        String pattern = RelationshipPolicy.key(group.type())
                .map(key -> "(a)-[x:`%s` {%s: r.key}]->(b)".formatted(group.type(), key))
                .orElse("(a)-[x:`%s`]->(b)".formatted(group.type()));
        return match(group) + """
                MERGE %s
                ON CREATE SET x += r.props, x.articleIds = [], x.evidences = [], x.articleCount = 0
                WITH x, r, [i IN range(0, size(r.articleIds) - 1) WHERE NOT r.articleIds[i] IN x.articleIds] AS fresh
                WITH x, r, fresh[0..(CASE WHEN size(x.articleIds) < %d THEN %d - size(x.articleIds) ELSE 0 END)] AS kept
                FOREACH (k IN keys(r.props) | SET x[k] = coalesce(x[k], r.props[k]))
                SET x.articleIds = x.articleIds + [i IN kept | r.articleIds[i]],
                    x.evidences = x.evidences + [i IN kept | r.evidences[i]],
                    x.articleCount = coalesce(x.articleCount, 0) + r.articleCount,
                    x.firstSeen = CASE WHEN r.firstSeen IS NOT NULL AND (x.firstSeen IS NULL OR r.firstSeen < x.firstSeen) THEN r.firstSeen ELSE x.firstSeen END,
                    x.lastSeen = CASE WHEN r.lastSeen IS NOT NULL AND (x.lastSeen IS NULL OR r.lastSeen > x.lastSeen) THEN r.lastSeen ELSE x.lastSeen END
                """.formatted(pattern, FactRow.KEPT_STATEMENTS, FactRow.KEPT_STATEMENTS);
    }

    private static String match(RelationshipGroup group) {
        return "UNWIND $rows AS r MATCH (a:`%s` {%s: r.start}) MATCH (b:`%s` {%s: r.end})\n".formatted(
                group.startLabel(), CypherNames.keyProperty(group.startLabel()), group.endLabel(), CypherNames.keyProperty(group.endLabel()));
    }
}
