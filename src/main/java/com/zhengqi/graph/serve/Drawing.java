package com.zhengqi.graph.serve;

import com.zhengqi.graph.registry.GraphRegistry;
import com.zhengqi.graph.registry.RelationshipType;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Nodes and edges as the explorer draws them, and the Cypher projections they are read from. */
final class Drawing {

    private Drawing() {
    }

    record GraphNode(String elementId, String id, List<String> labels, String name, int degree, Double amountYuan,
                     int distance) {

        public String type() {
            return labels.isEmpty() ? "Node" : labels.getFirst();
        }

        /** 1 to 5: logarithmic in the degree, and for projects in the amount (10亿元 ≈ 3, 100亿元 ≈ 4). */
        public double size() {
            double byDegree = 1 + Math.min(4, 1.5 * Math.log10(1 + degree));
            double byAmount = amountYuan == null ? 1 : 1 + Math.min(4, Math.max(0, Math.log10(1 + amountYuan / 1e7)));
            return Math.round(Math.max(byDegree, byAmount) * 100) / 100.0;
        }

        GraphNode at(int distance) {
            return new GraphNode(elementId, id, labels, name, degree, amountYuan, distance);
        }
    }

    record GraphEdge(String id, String type, String source, String target, String label, Double amountYuan, String evidence,
                     String articleId, String date, String datePrecision, String dateEnd) {
    }

    record Subgraph(List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {
    }

    record Path(int length, List<GraphNode> nodes, List<GraphEdge> edges) {
    }

    /** Projection of node {@code variable} read by {@link #node}. */
    static String node(String variable) {
        return ("{eid: elementId(%1$s), id: coalesce(%1$s.id, %1$s.name), labels: labels(%1$s), "
                + "name: coalesce(%1$s.name, %1$s.title), amountYuan: %1$s.amountYuan, degree: COUNT { (%1$s)--() }}")
                .formatted(variable);
    }

    /** The properties an edge is labelled by (the registry's drawnWith of every type), and its evidence. */
    private static final String EDGE_PROPERTIES = Stream.concat(
                    GraphRegistry.standard().relationshipTypes().stream().flatMap(t -> t.drawnWith().stream()),
                    Stream.of("amountYuan", "evidence", "articleId", "date", "datePrecision", "dateEnd"))
            .distinct().map(p -> "." + p).collect(Collectors.joining(", "));

    /** Projection of relationship {@code variable} read by {@link #edge}; its ends are element ids. */
    static String edge(String variable) {
        return ("{eid: elementId(%1$s), type: type(%1$s), source: elementId(startNode(%1$s)), target: elementId(endNode(%1$s)), "
                + "props: %1$s {%2$s}}").formatted(variable, EDGE_PROPERTIES);
    }

    static GraphNode node(Value v, int distance) {
        return new GraphNode(v.get("eid").asString(), Values.text(v.get("id")), v.get("labels").asList(Value::asString),
                Values.text(v.get("name")), v.get("degree").asInt(), Values.decimal(v.get("amountYuan")), distance);
    }

    /** The edge with its ends translated from element ids to public ids. */
    static GraphEdge edge(Value v, Map<String, GraphNode> nodesByElementId, AmountText amounts) {
        Value p = v.get("props");
        String type = v.get("type").asString();
        Double amount = Values.decimal(p.get("amountYuan"));
        return new GraphEdge(v.get("eid").asString(), type, nodesByElementId.get(v.get("source").asString()).id(),
                nodesByElementId.get(v.get("target").asString()).id(), label(type, p, amount, amounts), amount,
                Values.text(p.get("evidence")), Values.text(p.get("articleId")),
                Values.text(p.get("date")), Values.text(p.get("datePrecision")), Values.text(p.get("dateEnd")));
    }

    /** The first of the type's drawnWith properties that the edge has, an amount formatted; null for none. */
    private static @Nullable String label(String type, Value p, @Nullable Double amount, AmountText amounts) {
        for (String property : GraphRegistry.standard().find(type).map(RelationshipType::drawnWith).orElse(List.of())) {
            String text = "amountYuan".equals(property) ? amounts.format(amount) : Values.text(p.get(property));
            if (text != null) {
                return text;
            }
        }
        return null;
    }
}
