package com.zhengqi.graph.export;

import java.util.List;
import java.util.Map;

/**
 * A node as it leaves the database.
 *
 * @param key        unique within one export: the node's {@code id} property, {@code industry:NAME} for an
 *                   industry (keyed by name in the graph), the database's element id otherwise
 * @param labels     its labels, sorted
 * @param properties its properties as the driver returns them (String, Long, Double, Boolean, lists, temporal values)
 */
public record ExportNode(String key, List<String> labels, Map<String, Object> properties) {

    public ExportNode {
        labels = List.copyOf(labels);
        properties = Map.copyOf(properties);
    }

    /** The text a person would call this node by. */
    public String displayName() {
        for (String property : List.of("name", "title", "id")) {
            if (properties.get(property) instanceof String text && !text.isBlank()) {
                return text;
            }
        }
        return key;
    }
}
