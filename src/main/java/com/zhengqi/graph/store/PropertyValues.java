package com.zhengqi.graph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes extractor properties storable: Neo4j keeps strings, numbers, booleans and lists of them.
 * Nulls are dropped, other values (maps, objects, mixed lists) stored as their text, so one odd
 * value never fails a whole batch.
 */
final class PropertyValues {

    private PropertyValues() {
    }

    static Map<String, Object> storable(Map<String, ?> properties) {
        Map<String, Object> out = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            Object stored = storable(value);
            if (stored != null) {
                out.put(key, stored);
            }
        });
        return out;
    }

    private static Object storable(Object value) {
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b;
            case Integer i -> i.longValue();
            case Long l -> l;
            case Number n -> n.doubleValue();
            case Collection<?> list -> {
                List<Object> items = new ArrayList<>();
                for (Object item : list) {
                    Object stored = item instanceof Collection<?> || item instanceof Map<?, ?> ? String.valueOf(item) : storable(item);
                    if (stored != null) {
                        items.add(stored);
                    }
                }
                // Neo4j lists hold one type; a mixed list is kept as text.
                boolean mixed = items.stream().map(Object::getClass).distinct().count() > 1;
                yield mixed ? items.stream().map(String::valueOf).toList() : items;
            }
            default -> String.valueOf(value);
        };
    }
}
