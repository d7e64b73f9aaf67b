package com.zhengqi.graph.export;

import java.util.Map;

/** A relationship as it leaves the database, between the {@link ExportNode#key() keys} of its two nodes. */
public record ExportRelationship(String type, String source, String target, Map<String, Object> properties) {

    public ExportRelationship {
        properties = Map.copyOf(properties);
    }
}
