package com.zhengqi.graph.resolve.identity;

import java.util.Map;

/** A relationship of an article between graph-wide ids; properties carry articleId and evidence. */
public record ResolvedRelationship(String type, String startId, String startLabel, String endId, String endLabel,
                                   Map<String, Object> properties) {

    public ResolvedRelationship {
        properties = Map.copyOf(properties);
    }
}
