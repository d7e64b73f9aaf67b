package com.zhengqi.graph.model;

import java.util.Map;

/**
 * A relationship read from one article. Properties always carry provenance: {@code articleId},
 * {@code evidence} (the sentence) and, where known, {@code start}/{@code end} offsets into the
 * article's normalised text.
 */
public record GraphRelationship(String type, String start, String end, Map<String, Object> properties) {

    public GraphRelationship {
        properties = Map.copyOf(properties);
    }
}
