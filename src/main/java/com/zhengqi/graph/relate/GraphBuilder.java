package com.zhengqi.graph.relate;

import com.zhengqi.graph.model.GraphNode;
import com.zhengqi.graph.model.GraphRelationship;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects the nodes and relationships of one article: one node per (label, name), ids n1, n2, ... in order
 * of first mention, MENTIONS from the article to every entity with a count, and provenance on every
 * relationship. Null property values are never stored.
 */
public final class GraphBuilder {

    private final String articleId;
    private final String text;
    private final Map<String, Draft> nodes = new LinkedHashMap<>();
    private final List<GraphRelationship> relationships = new ArrayList<>();
    private final Map<String, Integer> mentionCounts = new LinkedHashMap<>();
    private final String articleNode;

    private static final class Draft {
        final String id;
        final List<String> labels;
        final Map<String, Object> properties = new LinkedHashMap<>();

        Draft(String id, List<String> labels) {
            this.id = id;
            this.labels = labels;
        }
    }

    public GraphBuilder(String articleId, String text, Map<String, Object> articleProperties) {
        this.articleId = articleId;
        this.text = text;
        this.articleNode = node("Article", articleId, List.of("Article"), articleProperties, false);
    }

    public String articleNode() {
        return articleNode;
    }

    /**
     * The node of this label and name, created on first use; later calls add properties it lacks.
     *
     * @return the node's id
     */
    public String node(String label, String name, List<String> labels, Map<String, Object> properties, boolean mentioned) {
        String key = label + "\u0000" + name;
        Draft draft = nodes.get(key);
        if (draft == null) {
            draft = new Draft("n" + (nodes.size() + 1), labels);
            nodes.put(key, draft);
        }
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            if (property.getValue() != null) {
                draft.properties.putIfAbsent(property.getKey(), property.getValue());
            }
        }
        if (mentioned) {
            mentionCounts.merge(draft.id, 1, Integer::sum);
        }
        return draft.id;
    }

    /** Sets a property on a node even when it already has one (a later, better reading). */
    public void replace(String nodeId, String key, Object value) {
        nodes.values().stream().filter(d -> d.id.equals(nodeId)).findFirst().ifPresent(d -> {
            if (value == null) {
                d.properties.remove(key);
            } else {
                d.properties.put(key, value);
            }
        });
    }

    public Object property(String nodeId, String key) {
        return nodes.values().stream().filter(d -> d.id.equals(nodeId)).findFirst().map(d -> d.properties.get(key)).orElse(null);
    }

    /**
     * Adds a relationship read from the sentence {@code [evidenceStart, evidenceEnd)} unless the same one
     * (type, ends and properties) is already there.
     */
    public void relate(String type, String start, String end, Map<String, Object> properties, int evidenceStart, int evidenceEnd) {
        if (start == null || end == null || start.equals(end)) {
            return;
        }
        Map<String, Object> all = new LinkedHashMap<>();
        properties.forEach((k, v) -> {
            if (v != null) {
                all.put(k, v);
            }
        });
        for (GraphRelationship existing : relationships) {
            if (existing.type().equals(type) && existing.start().equals(start) && existing.end().equals(end)
                    && Objects.equals(existing.properties().get("title"), all.get("title"))) {
                return;
            }
        }
        all.put("articleId", articleId);
        all.put("evidence", text.substring(evidenceStart, evidenceEnd));
        all.put("start", evidenceStart);
        all.put("end", evidenceEnd);
        relationships.add(new GraphRelationship(type, start, end, all));
    }

    public boolean has(String type, String start, String end) {
        return relationships.stream().anyMatch(r -> r.type().equals(type) && r.start().equals(start) && r.end().equals(end));
    }

    public List<GraphNode> nodes() {
        return nodes.values().stream().map(d -> new GraphNode(d.id, d.labels, d.properties)).toList();
    }

    /** The relationships, then one MENTIONS per mentioned entity (evidence: the first sentence naming it). */
    public List<GraphRelationship> relationships(Map<String, int[]> firstEvidence) {
        List<GraphRelationship> all = new ArrayList<>(relationships);
        for (Map.Entry<String, Integer> mention : mentionCounts.entrySet()) {
            int[] span = firstEvidence.getOrDefault(mention.getKey(), new int[]{0, Math.min(text.length(), 1)});
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("count", mention.getValue());
            properties.put("articleId", articleId);
            properties.put("evidence", text.substring(span[0], span[1]));
            properties.put("start", span[0]);
            properties.put("end", span[1]);
            all.add(new GraphRelationship("MENTIONS", articleNode, mention.getKey(), properties));
        }
        return all;
    }
}
