package com.zhengqi.graph.resolve.identity;

import com.zhengqi.graph.model.ArticleGraph;

import java.util.List;

/**
 * An article ready to write: its entities with graph-wide ids, its relationships between them
 * (MENTIONS from the article to each entity included), and the joins of earlier nodes it implies,
 * to be applied after its nodes and relationships are written.
 */
public record ResolvedArticle(ArticleGraph article, List<ResolvedNode> nodes, List<ResolvedRelationship> relationships,
                              List<NodeJoin> joins) {

    public ResolvedArticle {
        nodes = List.copyOf(nodes);
        relationships = List.copyOf(relationships);
        joins = List.copyOf(joins);
    }
}
