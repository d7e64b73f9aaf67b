package com.zhengqi.graph.serve;

import java.util.Map;

import static com.zhengqi.graph.serve.LibraryRows.decimal;
import static com.zhengqi.graph.serve.LibraryRows.integer;
import static com.zhengqi.graph.serve.LibraryRows.text;

/** One dated event of an entity's timeline: a row of the Cypher library's entity-timeline. */
record TimelineEvent(String type, String date, String dateEnd, String datePrecision, boolean dateOnOrBefore, String dateText,
                     String direction, Entity other, String detail, Double amountYuan, String evidence, String articleId,
                     Integer start, Integer end) {

    @SuppressWarnings("unchecked")
    static TimelineEvent of(Map<String, Object> row) {
        Object other = row.get("other");
        return new TimelineEvent(text(row, "type"), text(row, "date"), text(row, "dateEnd"), text(row, "datePrecision"),
                Boolean.TRUE.equals(row.get("dateOnOrBefore")), text(row, "dateText"), text(row, "direction"),
                other == null ? null : Entity.of(org.neo4j.driver.Values.value((Map<String, Object>) other)),
                text(row, "detail"), decimal(row, "amountYuan"),
                text(row, "evidence"), text(row, "articleId"), integer(row, "start"), integer(row, "end"));
    }
}
