package com.zhengqi.graph.model;

import java.util.List;

/**
 * Everything extracted from one article: its metadata, its normalised text and the nodes and
 * relationships read from it. This is one element of {@code articles} in
 * {@code extract --format json} and exactly what {@code ingest} writes for the article.
 *
 * @param id          sha-256 hex of the normalised text
 * @param publishedOn ISO date or null
 * @param newspaper   name of the paper or null
 */
public record ArticleGraph(String id, String title, String source, String publishedOn, String newspaper,
                           String text, List<GraphNode> nodes, List<GraphRelationship> relationships) {

    public ArticleGraph {
        nodes = List.copyOf(nodes);
        relationships = List.copyOf(relationships);
    }
}
