package com.zhengqi.graph.store;

import java.util.Map;

/** The earliest and latest ISO date among those seen (articles without a date add nothing). */
final class SeenDates {

    private String first;
    private String last;

    void add(String date) {
        if (date == null) {
            return;
        }
        if (first == null || date.compareTo(first) < 0) {
            first = date;
        }
        if (last == null || date.compareTo(last) > 0) {
            last = date;
        }
    }

    void putInto(Map<String, Object> row) {
        row.put("firstSeen", first);
        row.put("lastSeen", last);
    }
}
