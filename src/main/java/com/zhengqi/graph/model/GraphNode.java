package com.zhengqi.graph.model;

import java.util.List;
import java.util.Map;

/**
 * A node read from one article, before entities are resolved across articles.
 *
 * @param id         unique within one extraction result only ("n1", "n2", ...)
 * @param labels     Neo4j labels; the first one is the primary label (Person, Organization, ...)
 * @param properties at least {@code name} (or the label's key property)
 */
public record GraphNode(String id, List<String> labels, Map<String, Object> properties) {

    public GraphNode {
        labels = List.copyOf(labels);
        properties = Map.copyOf(properties);
    }

    public String primaryLabel() {
        return labels.getFirst();
    }

    public String name() {
        Object name = properties.get("name");
        return name == null ? null : name.toString();
    }
}
