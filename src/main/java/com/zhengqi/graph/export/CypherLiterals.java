package com.zhengqi.graph.export;

import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** Property values written as Cypher literals, so that a script gives back the same types: 1 stays an integer, 1.0 a float, a date a date. */
final class CypherLiterals {

    private CypherLiterals() {
    }

    static String of(Object value) {
        return switch (value) {
            case String text -> string(text);
            case Long number -> number.toString();
            case Integer number -> number.toString();
            case Double number -> floating(number);
            case Float number -> floating(number.doubleValue());
            case Boolean bool -> bool.toString();
            case Collection<?> values -> values.stream().map(CypherLiterals::of).collect(Collectors.joining(", ", "[", "]"));
            case Map<?, ?> values -> map(values);
            case LocalDate date -> "date(" + string(date.toString()) + ")";
            case LocalTime time -> "localtime(" + string(time.toString()) + ")";
            case OffsetTime time -> "time(" + string(time.toString()) + ")";
            case LocalDateTime dateTime -> "localdatetime(" + string(dateTime.toString()) + ")";
            case ZonedDateTime dateTime -> "datetime(" + string(dateTime.toString()) + ")";
            case OffsetDateTime dateTime -> "datetime(" + string(dateTime.toString()) + ")";
            case IsoDuration duration -> "duration(" + string(duration.toString()) + ")";
            case Point point -> Double.isNaN(point.z())
                    ? "point({srid: %d, x: %s, y: %s})".formatted(point.srid(), floating(point.x()), floating(point.y()))
                    : "point({srid: %d, x: %s, y: %s, z: %s})".formatted(point.srid(), floating(point.x()), floating(point.y()), floating(point.z()));
            default -> throw new IllegalArgumentException("a " + value.getClass().getSimpleName() + " property cannot be written as a Cypher literal");
        };
    }

    /** A map literal with every key quoted as an identifier. */
    static String map(Map<?, ?> values) {
        return values.entrySet().stream()
                .map(e -> name(String.valueOf(e.getKey())) + ": " + of(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    /** A label, type or property name in backticks (inner backticks doubled), safe whatever it holds. */
    static String name(String name) {
        return '`' + name.replace("`", "``") + '`';
    }

    /** A double-quoted string on one line: line breaks and other control characters are escaped. */
    static String string(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append("\\u%04x".formatted((int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String floating(double number) {
        if (Double.isNaN(number)) {
            return "(0.0 / 0.0)";
        }
        if (Double.isInfinite(number)) {
            return number > 0 ? "(1.0 / 0.0)" : "(-1.0 / 0.0)";
        }
        return Double.toString(number);
    }
}
