package com.zhengqi.graph.store;

import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.model.GraphNode;
import com.zhengqi.graph.model.GraphRelationship;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Graph-wide identity of the nodes of one article (its local ids n1, n2 … mean nothing outside it).
 * People are anchored to the organisation or region they hold a post in, because Chinese names
 * collide (同名): the same name with the same anchor is one person, with another anchor another.
 */
final class EntityKeys {

    private static final Set<String> POSTS = Set.of("HOLDS_POSITION", "LEADS");

    private EntityKeys() {
    }

    /** Local node id → graph-wide id, for every node of the article. */
    static Map<String, String> of(ArticleGraph article) {
        Map<String, GraphNode> byLocalId = new HashMap<>();
        article.nodes().forEach(n -> byLocalId.put(n.id(), n));
        Map<String, String> anchors = new HashMap<>();
        for (GraphRelationship r : article.relationships()) {
            GraphNode end = byLocalId.get(r.end());
            if (end == null) {
                continue;
            }
            if (POSTS.contains(r.type()) || "LOCATED_IN".equals(r.type())) {
                anchors.putIfAbsent(r.start(), end.name());
            }
        }
        Map<String, String> keys = new HashMap<>();
        for (GraphNode node : article.nodes()) {
            keys.put(node.id(), key(node, article, anchors.get(node.id())));
        }
        return keys;
    }

    private static String key(GraphNode node, ArticleGraph article, String anchor) {
        String name = node.name();
        return switch (node.primaryLabel()) {
            case "Article" -> article.id();
            case "Region" -> node.properties().get("code") instanceof Object code
                    ? "region:" + code : "region:" + name;
            case "Organization" -> "org:" + name;
            case "Industry" -> "industry:" + name;
            case "Person" -> "person:" + name + "@" + (anchor != null ? anchor : article.id().substring(0, 12));
            case "Project" -> "project:" + name + (anchor != null ? "@" + anchor : "");
            default -> node.primaryLabel().toLowerCase() + ":" + article.id().substring(0, 12) + ":" + node.id();
        };
    }
}
