package com.zhengqi.graph.relate;

import com.zhengqi.graph.model.Document;
import com.zhengqi.graph.model.EntityNode;

import java.util.List;
import java.util.Map;

/**
 * The readers' way of adding entities and relations to a {@link Document}: one node per (label, name), properties
 * without null values, a relationship dropped when the same one (type, ends, title) is there already. Node ids
 * are the document's (n1 is the article).
 */
final class GraphBuilder {

    private final Document document;

    public GraphBuilder(Document document) {
        this.document = document;
    }

    public String articleNode() {
        return document.articleNode().id();
    }

    /**
     * The node of this label and name, created on first use; later calls add properties it lacks.
     *
     * @return the node's id
     */
    public String node(String label, String name, List<String> labels, Map<String, Object> properties, boolean mentioned) {
        EntityNode node = document.entity(label, name, labels, mentioned);
        node.addMissing(properties);
        return node.id();
    }

    /** Sets a property on a node even when it already has one (a later, better reading). */
    public void replace(String nodeId, String key, Object value) {
        EntityNode node = document.entity(nodeId);
        if (node != null) {
            node.replace(key, value);
        }
    }

    public Object property(String nodeId, String key) {
        EntityNode node = document.entity(nodeId);
        return node == null ? null : node.property(key);
    }

    /**
     * Adds a relationship read from the sentence {@code [evidenceStart, evidenceEnd)} unless the same one
     * (type, ends and title) is already there.
     */
    public void relate(String type, String start, String end, Map<String, Object> properties, int evidenceStart, int evidenceEnd) {
        document.relate(type, start, end, properties, evidenceStart, evidenceEnd);
    }

    public boolean has(String type, String start, String end) {
        return document.related(type, start, end);
    }
}
