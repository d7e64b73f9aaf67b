package com.zhengqi.graph.extract;

import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.model.FileGraph;
import com.zhengqi.graph.model.GraphNode;
import com.zhengqi.graph.model.GraphRelationship;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test helper: the extraction of a text, flattened into readable facts ("LEADS 王建国 -> 青山县 县委书记"). */
final class Extracted {

    private static final NewsPageExtractor EXTRACTOR = new NewsPageExtractor();

    final List<String> facts = new ArrayList<>();
    final List<GraphNode> nodes = new ArrayList<>();
    final List<GraphRelationship> relationships = new ArrayList<>();

    static Extracted from(String text) {
        Extracted extracted = new Extracted();
        FileGraph graph = EXTRACTOR.extract("test.txt", text);
        for (ArticleGraph article : graph.articles()) {
            Map<String, GraphNode> byId = new HashMap<>();
            article.nodes().forEach(n -> byId.put(n.id(), n));
            extracted.nodes.addAll(article.nodes());
            extracted.relationships.addAll(article.relationships());
            for (GraphRelationship r : article.relationships()) {
                Object detail = r.properties().getOrDefault("title", r.properties().getOrDefault("amountYuan", ""));
                extracted.facts.add((r.type() + " " + byId.get(r.start()).name() + " -> " + byId.get(r.end()).name() + " " + detail).strip());
            }
        }
        return extracted;
    }

    List<GraphRelationship> relationships(String type) {
        return relationships.stream().filter(r -> r.type().equals(type)).toList();
    }

    List<String> names(String label) {
        return nodes.stream().filter(n -> n.labels().contains(label)).map(GraphNode::name).toList();
    }

    GraphNode node(String label, String name) {
        return nodes.stream().filter(n -> n.labels().contains(label) && name.equals(n.name())).findFirst().orElseThrow();
    }
}
