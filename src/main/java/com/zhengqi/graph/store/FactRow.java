package com.zhengqi.graph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every statement of one fact (a merged relationship) in one batch, folded into the one row written for it. */
final class FactRow {

    private final String start;
    private final String end;
    private final Object key;
    private final Map<String, Object> props = new LinkedHashMap<>();
    private final List<String> articleIds = new ArrayList<>();
    private final List<Object> evidences = new ArrayList<>();
    private final SeenDates seen = new SeenDates();

    FactRow(String start, String end, Object key) {
        this.start = start;
        this.end = end;
        this.key = key;
    }

    void add(Map<String, Object> statement, String articleId, String date) {
        statement.forEach(props::putIfAbsent);
        Object id = statement.getOrDefault("articleId", articleId);
        if (!articleIds.contains(id.toString())) {
            articleIds.add(id.toString());
            evidences.add(statement.getOrDefault("evidence", ""));
        }
        seen.add(date);
    }

    Map<String, Object> row() {
        Map<String, Object> row = new HashMap<>();
        row.put("start", start);
        row.put("end", end);
        row.put("key", key);
        row.put("props", props);
        row.put("articleIds", articleIds);
        row.put("evidences", evidences);
        seen.putInto(row);
        return row;
    }
}
