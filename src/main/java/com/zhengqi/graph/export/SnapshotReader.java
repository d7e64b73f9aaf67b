package com.zhengqi.graph.export;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what an export holds out of Neo4j: the whole graph, whatever a Cypher query returns, or a
 * set of nodes (the explorer's current view) with the relationships among them. Every read runs in a
 * read transaction, so an export can never change the graph, whatever query it is given.
 */
@Component
public class SnapshotReader {

    private final Driver driver;

    public SnapshotReader(Driver driver) {
        this.driver = driver;
    }

    /** Every node and every relationship. */
    public GraphSnapshot wholeGraph() {
        return read(tx -> {
            Collector collector = new Collector();
            tx.run("MATCH (n) RETURN n").forEachRemaining(r -> collector.node(r.get("n").asNode()));
            tx.run("MATCH ()-[r]->() RETURN r").forEachRemaining(r -> collector.relationship(r.get("r").asRelationship()));
            return collector.snapshot(tx);
        });
    }

    /**
     * The nodes, relationships and paths a query returns (also inside lists and maps), plus the end
     * nodes of every returned relationship so that none dangles.
     *
     * @throws org.neo4j.driver.exceptions.Neo4jException when the query is not valid Cypher or tries to write
     */
    public GraphSnapshot ofQuery(String cypher) {
        return read(tx -> {
            Collector collector = new Collector();
            tx.run(cypher).forEachRemaining(r -> r.values().forEach(v -> collector.value(v.asObject())));
            return collector.snapshot(tx);
        });
    }

    /**
     * The nodes whose API ids (their {@code id}, or an industry's {@code name}) are given, and every
     * relationship among them, of the given types only when types are given.
     */
    public GraphSnapshot selection(Collection<String> ids, Collection<String> types) {
        return read(tx -> {
            Collector collector = new Collector();
            List<String> elementIds = new ArrayList<>();
            tx.run("MATCH (n) WHERE n.id IN $ids OR (n:Industry AND n.name IN $ids) RETURN n", Map.of("ids", List.copyOf(ids)))
                    .forEachRemaining(r -> elementIds.add(collector.node(r.get("n").asNode())));
            tx.run("""
                            UNWIND $elementIds AS elementId
                            MATCH (a) WHERE elementId(a) = elementId
                            MATCH (a)-[r]->(b) WHERE elementId(b) IN $elementIds AND (size($types) = 0 OR type(r) IN $types)
                            RETURN r""", Map.of("elementIds", elementIds, "types", List.copyOf(types)))
                    .forEachRemaining(r -> collector.relationship(r.get("r").asRelationship()));
            return collector.snapshot(tx);
        });
    }

    private GraphSnapshot read(org.neo4j.driver.TransactionCallback<GraphSnapshot> work) {
        try (Session session = driver.session()) {
            return session.executeRead(work);
        }
    }

    /** Gathers nodes by element id and gives each a key that is unique in the export. */
    private static final class Collector {
        private final Map<String, ExportNode> nodesByElementId = new LinkedHashMap<>();
        private final Map<String, Relationship> relationshipsByElementId = new LinkedHashMap<>();
        private final Set<String> keys = new HashSet<>();

        String node(Node node) {
            nodesByElementId.computeIfAbsent(node.elementId(), elementId -> {
                List<String> labels = new ArrayList<>();
                node.labels().forEach(labels::add);
                labels.sort(Comparator.naturalOrder());
                Map<String, Object> properties = node.asMap();
                String key = uniqueKey(key(labels, properties, elementId), elementId);
                return new ExportNode(key, labels, properties);
            });
            return node.elementId();
        }

        void relationship(Relationship relationship) {
            relationshipsByElementId.putIfAbsent(relationship.elementId(), relationship);
        }

        void value(@Nullable Object value) {
            switch (value) {
                case Node node -> node(node);
                case Relationship relationship -> relationship(relationship);
                case Path path -> {
                    path.nodes().forEach(this::node);
                    path.relationships().forEach(this::relationship);
                }
                case Collection<?> values -> values.forEach(v -> value(v));
                case Map<?, ?> values -> values.values().forEach(v -> value(v));
                case null, default -> {
                    // Scalars and nulls in a query's result are not part of the graph.
                }
            }
        }

        GraphSnapshot snapshot(TransactionContext tx) {
            Set<String> missing = new HashSet<>();
            for (Relationship r : relationshipsByElementId.values()) {
                for (String end : List.of(r.startNodeElementId(), r.endNodeElementId())) {
                    if (!nodesByElementId.containsKey(end)) {
                        missing.add(end);
                    }
                }
            }
            if (!missing.isEmpty()) {
                tx.run("MATCH (n) WHERE elementId(n) IN $ids RETURN n", Map.of("ids", List.copyOf(missing)))
                        .forEachRemaining((Record r) -> node(r.get("n").asNode()));
            }
            List<ExportNode> nodes = new ArrayList<>(nodesByElementId.values());
            nodes.sort(Comparator.comparing(ExportNode::key));
            List<ExportRelationship> relationships = new ArrayList<>();
            for (Relationship r : relationshipsByElementId.values()) {
                relationships.add(new ExportRelationship(r.type(), nodesByElementId.get(r.startNodeElementId()).key(),
                        nodesByElementId.get(r.endNodeElementId()).key(), r.asMap()));
            }
            relationships.sort(Comparator.comparing(ExportRelationship::type).thenComparing(ExportRelationship::source)
                    .thenComparing(ExportRelationship::target));
            return new GraphSnapshot(nodes, relationships);
        }

        private String uniqueKey(String key, String elementId) {
            String unique = keys.contains(key) ? key + "#" + elementId : key;
            keys.add(unique);
            return unique;
        }

        private static String key(List<String> labels, Map<String, Object> properties, String elementId) {
            if (properties.get("id") instanceof Object id) {
                return id.toString();
            }
            if (labels.contains("Industry") && properties.get("name") instanceof String name) {
                return "industry:" + name;
            }
            return elementId;
        }
    }
}
