package com.zhengqi.graph.spark;

import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.model.GraphNode;
import com.zhengqi.graph.model.GraphRelationship;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link ArticleGraph} as it travels from an executor to the driver. The model's records are not
 * serialisable (the main project has no need for it); this mirror is, and Java serialisation keeps every
 * property value's type exactly (a Long stays a Long), so the driver writes what ingest would.
 */
record ShippedArticle(String id, String title, String source, String publishedOn, String newspaper, String text,
                      List<Node> nodes, List<Relationship> relationships) implements Serializable {

    record Node(String id, List<String> labels, HashMap<String, Object> properties) implements Serializable {
    }

    record Relationship(String type, String start, String end, HashMap<String, Object> properties) implements Serializable {
    }

    static ShippedArticle of(ArticleGraph a) {
        List<Node> nodes = new ArrayList<>();
        a.nodes().forEach(n -> nodes.add(new Node(n.id(), new ArrayList<>(n.labels()), new HashMap<>(n.properties()))));
        List<Relationship> relationships = new ArrayList<>();
        a.relationships().forEach(r -> relationships.add(new Relationship(r.type(), r.start(), r.end(), new HashMap<>(r.properties()))));
        return new ShippedArticle(a.id(), a.title(), a.source(), a.publishedOn(), a.newspaper(), a.text(), nodes, relationships);
    }

    ArticleGraph graph() {
        List<GraphNode> graphNodes = nodes.stream().map(n -> new GraphNode(n.id(), n.labels(), Map.copyOf(n.properties()))).toList();
        List<GraphRelationship> graphRelationships = relationships.stream()
                .map(r -> new GraphRelationship(r.type(), r.start(), r.end(), Map.copyOf(r.properties()))).toList();
        return new ArticleGraph(id, title, source, publishedOn, newspaper, text, graphNodes, graphRelationships);
    }
}
