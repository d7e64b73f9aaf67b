package com.zhengqi.graph.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place the graph records of graph-model.md are made: a document's entities become its nodes, its relations
 * its relationships with their provenance (articleId, evidence, start, end), and every entity the article names gets
 * one MENTIONS from the article node with a count and the first sentence naming it.
 */
public final class ArticleGraphs {

    private ArticleGraphs() {
    }

    public static ArticleGraph of(Document document) {
        String text = document.text();
        List<GraphNode> nodes = document.entities().stream()
                .map(node -> new GraphNode(node.id(), node.labels(), node.properties())).toList();
        List<GraphRelationship> relationships = new ArrayList<>();
        for (Relation relation : document.relations()) {
            Map<String, Object> properties = new LinkedHashMap<>(relation.properties());
            relationships.add(new GraphRelationship(relation.type(), relation.from(), relation.to(),
                    withProvenance(properties, document, relation.evidenceStart(), relation.evidenceEnd())));
        }
        String articleNode = document.articleNode().id();
        for (EntityNode entity : document.mentionedEntities()) {
            int[] span = entity.firstEvidence();
            if (span == null) {
                span = new int[]{0, Math.min(text.length(), 1)};
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("count", entity.mentions());
            relationships.add(new GraphRelationship("MENTIONS", articleNode, entity.id(), withProvenance(properties, document, span[0], span[1])));
        }
        ArticleText article = document.article();
        return new ArticleGraph(document.id(), article.title(), document.source(), article.publishedOn(), article.newspaper(),
                text, nodes, relationships);
    }

    private static Map<String, Object> withProvenance(Map<String, Object> properties, Document document, int start, int end) {
        properties.put("articleId", document.id());
        properties.put("evidence", document.text().substring(start, end));
        properties.put("start", start);
        properties.put("end", end);
        return properties;
    }
}
