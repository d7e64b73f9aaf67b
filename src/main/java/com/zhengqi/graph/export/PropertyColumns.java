package com.zhengqi.graph.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The property columns of a set of nodes or relationships: every property name once, with a type that fits all its values. */
final class PropertyColumns {

    record Column(String name, PropertyType type) {
    }

    /** The properties a person looks for first come first; the rest in alphabetical order. */
    private static final List<String> FIRST = List.of("id", "name", "title", "amountYuan", "evidence", "articleId");

    private PropertyColumns() {
    }

    static List<Column> of(Collection<Map<String, Object>> propertyMaps) {
        Map<String, PropertyType> types = new TreeMap<>();
        for (Map<String, Object> properties : propertyMaps) {
            properties.forEach((name, value) -> types.merge(name, PropertyType.of(value), PropertyType::widen));
        }
        List<Column> columns = new ArrayList<>();
        types.forEach((name, type) -> columns.add(new Column(name, type)));
        columns.sort(Comparator.comparingInt((Column c) -> rank(c.name())).thenComparing(Column::name));
        return columns;
    }

    private static int rank(String name) {
        int index = FIRST.indexOf(name);
        return index < 0 ? FIRST.size() : index;
    }
}
