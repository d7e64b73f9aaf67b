package com.zhengqi.graph.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Numbered attribute ids for GraphML keys and GEXF attributes: first the attributes the export adds
 * (label, kind, ...), then one per property column. Ids are numbered because both formats want XML
 * name tokens and property names need not be; a property whose name an added attribute already
 * takes is titled {@code property.NAME}.
 */
final class AttributeIds {

    private final Map<String, String> added = new LinkedHashMap<>();
    private final Map<PropertyColumns.Column, String> properties = new LinkedHashMap<>();

    AttributeIds(String prefix, List<String> addedNames, List<PropertyColumns.Column> columns) {
        int next = 0;
        for (String name : addedNames) {
            added.put(name, prefix + next++);
        }
        for (PropertyColumns.Column column : columns) {
            properties.put(column, prefix + next++);
        }
    }

    /** Visits (id, title, XML type) of every attribute, added ones first. */
    void declarations(Declaration declaration) {
        added.forEach((name, id) -> declaration.declare(id, name, "string"));
        properties.forEach((column, id) -> declaration.declare(id,
                added.containsKey(column.name()) ? "property." + column.name() : column.name(), column.type().xmlName()));
    }

    String addedId(String name) {
        return added.get(name);
    }

    /** Visits (id, text) of each property the map holds, typed as its column. */
    void values(Map<String, Object> values, BiConsumer<String, String> visitor) {
        properties.forEach((column, id) -> {
            Object value = values.get(column.name());
            if (value != null) {
                visitor.accept(id, TextValues.of(value, column.type().element()));
            }
        });
    }

    interface Declaration {
        void declare(String id, String title, String xmlType);
    }
}
