package com.zhengqi.graph.export;

import org.neo4j.driver.types.Point;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Property values as text, for formats that have fewer types than Neo4j: numbers and booleans as
 * Java prints them, temporal values in ISO 8601, lists and maps as JSON.
 */
final class TextValues {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TextValues() {
    }

    /** The value as text, or as a number widened to the column's type. */
    static String of(Object value, PropertyType.Element asType) {
        if (asType == PropertyType.Element.DOUBLE && value instanceof Number number) {
            return Double.toString(number.doubleValue());
        }
        return of(value);
    }

    static String of(Object value) {
        return switch (value) {
            case String text -> text;
            case Collection<?> ignored -> JSON.writeValueAsString(jsonable(value));
            case Map<?, ?> ignored -> JSON.writeValueAsString(jsonable(value));
            case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
            case Point point -> Double.isNaN(point.z())
                    ? "point({srid: %d, x: %s, y: %s})".formatted(point.srid(), point.x(), point.y())
                    : "point({srid: %d, x: %s, y: %s, z: %s})".formatted(point.srid(), point.x(), point.y(), point.z());
            default -> value.toString();
        };
    }

    /** Keeps JSON's own types (strings, numbers, booleans) and turns everything else into text. */
    private static Object jsonable(Object value) {
        return switch (value) {
            case String text -> text;
            case Number number -> number;
            case Boolean bool -> bool;
            case Collection<?> values -> {
                List<Object> list = new ArrayList<>();
                values.forEach(v -> list.add(v == null ? null : jsonable(v)));
                yield list;
            }
            case Map<?, ?> values -> {
                Map<String, Object> map = new LinkedHashMap<>();
                values.forEach((k, v) -> map.put(String.valueOf(k), v == null ? null : jsonable(v)));
                yield map;
            }
            default -> of(value);
        };
    }
}
