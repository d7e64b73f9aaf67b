package com.zhengqi.graph.export;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.IsoDuration;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.util.Collection;

/**
 * The type of one property column: wide enough for every value in it. Values the formats cannot type
 * (points, maps, byte arrays) and columns whose values disagree (a number here, a text there) become
 * text, so that nothing is lost.
 *
 * @param element the type of the value, or of each element of a list
 * @param list    whether the values are lists
 */
record PropertyType(Element element, boolean list) {

    /** Scalar types every format can name in some way; {@code neo4j-admin} names them all. */
    enum Element {
        STRING("string"), LONG("long"), DOUBLE("double"), BOOLEAN("boolean"), DATE("date"), LOCAL_TIME("localtime"),
        TIME("time"), LOCAL_DATE_TIME("localdatetime"), DATE_TIME("datetime"), DURATION("duration");

        /** The type's name in a {@code neo4j-admin database import} header. */
        final String importName;

        Element(String importName) {
            this.importName = importName;
        }

        boolean isNumber() {
            return this == LONG || this == DOUBLE;
        }
    }

    static final PropertyType TEXT = new PropertyType(Element.STRING, false);

    /** The type's name in GraphML and GEXF, which share long, double, boolean and string; lists and the rest are text. */
    String xmlName() {
        if (list) {
            return "string";
        }
        return switch (element) {
            case LONG -> "long";
            case DOUBLE -> "double";
            case BOOLEAN -> "boolean";
            default -> "string";
        };
    }

    static PropertyType of(Object value) {
        if (value instanceof Collection<?> values) {
            Element element = null;
            for (Object v : values) {
                Element e = scalar(v);
                element = element == null ? e : widen(element, e);
            }
            return new PropertyType(element == null ? Element.STRING : element, true);
        }
        return new PropertyType(scalar(value), false);
    }

    /** The narrowest type that holds the values of both. */
    PropertyType widen(@Nullable PropertyType other) {
        if (other == null || other.equals(this)) {
            return this;
        }
        if (list != other.list) {
            return TEXT;
        }
        return new PropertyType(widen(element, other.element), list);
    }

    private static Element widen(Element a, Element b) {
        if (a == b) {
            return a;
        }
        return a.isNumber() && b.isNumber() ? Element.DOUBLE : Element.STRING;
    }

    private static Element scalar(@Nullable Object value) {
        return switch (value) {
            case Long ignored -> Element.LONG;
            case Integer ignored -> Element.LONG;
            case Double ignored -> Element.DOUBLE;
            case Float ignored -> Element.DOUBLE;
            case Boolean ignored -> Element.BOOLEAN;
            case LocalDate ignored -> Element.DATE;
            case LocalTime ignored -> Element.LOCAL_TIME;
            case OffsetTime ignored -> Element.TIME;
            case LocalDateTime ignored -> Element.LOCAL_DATE_TIME;
            case ZonedDateTime ignored -> Element.DATE_TIME;
            case OffsetDateTime ignored -> Element.DATE_TIME;
            case IsoDuration ignored -> Element.DURATION;
            case null, default -> Element.STRING;
        };
    }
}
