package com.zhengqi.graph.serve;

import java.util.Map;

/** Columns of a Cypher library row ({@code CypherLibrary.run} gives plain Java values) as the API's types. */
final class LibraryRows {

    private LibraryRows() {
    }

    static String text(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : value.toString();
    }

    static Integer integer(Map<String, Object> row, String column) {
        return row.get(column) instanceof Number n ? n.intValue() : null;
    }

    static Double decimal(Map<String, Object> row, String column) {
        return row.get(column) instanceof Number n ? n.doubleValue() : null;
    }
}
