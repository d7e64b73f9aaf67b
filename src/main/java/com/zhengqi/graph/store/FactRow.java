package com.zhengqi.graph.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every statement of one fact (a merged relationship) in one batch, folded into the one row written
 * for it: how many articles state it, the first {@value #KEPT_STATEMENTS} of them with their sentences,
 * the dates they span.
 */
final class FactRow {

    /** How many stating articles (id and sentence) a fact keeps; {@code articleCount} counts them all. */
    static final int KEPT_STATEMENTS = 20;

    private final String start;
    private final String end;
    private final Object key;
    private final Map<String, Object> props = new LinkedHashMap<>();
    private final List<String> articleIds = new ArrayList<>();
    private final List<Object> evidences = new ArrayList<>();
    private final SeenDates seen = new SeenDates();
    private String lastArticle;
    private int articles;

    FactRow(String start, String end, Object key) {
        this.start = start;
        this.end = end;
        this.key = key;
    }

    void add(Map<String, Object> statement, String articleId, String date) {
        statement.forEach(props::putIfAbsent);
        String id = statement.getOrDefault("articleId", articleId).toString();
        if (!id.equals(lastArticle)) {
            lastArticle = id;
            articles++;
            if (articleIds.size() < KEPT_STATEMENTS) {
                articleIds.add(id);
                evidences.add(statement.getOrDefault("evidence", ""));
            }
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
        row.put("articleCount", articles);
        seen.putInto(row);
        return row;
    }
}
