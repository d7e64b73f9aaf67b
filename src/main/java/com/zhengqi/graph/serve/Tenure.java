package com.zhengqi.graph.serve;

import java.util.Map;

import static com.zhengqi.graph.serve.LibraryRows.text;

/** A post held for a while (任期): who, what, where, since/until from dated events, firstSeen/lastSeen from reports. */
record Tenure(String holder, String personId, String title, String body, String region, String since, String until,
              String firstSeen, String lastSeen, String basis, String evidence) {

    /** A row of the Cypher library's official-career or holders-on-date. */
    static Tenure of(Map<String, Object> row) {
        return new Tenure(text(row, "holder"), text(row, "personId"), text(row, "title"), text(row, "post"), text(row, "region"),
                text(row, "since"), text(row, "until"), text(row, "firstSeen"), text(row, "lastSeen"), text(row, "basis"),
                text(row, "evidence"));
    }
}
