package com.zhengqi.graph.serve;

import org.neo4j.driver.Value;

/** An investor puts money into a project; one per investor and project, from its earliest report with an amount. */
record Investment(String id, Entity investor, Project project, Double amountYuan, String currency, boolean approximate,
                  String date, String dateEnd, String datePrecision, String evidence, String articleId, Integer start, Integer end)
        implements Relationship, Dated {

    static Investment of(Value row) {
        Value x = row.get("rel");
        return new Investment(row.get("id").asString(), Entity.of(row.get("investor")), (Project) Entity.of(row.get("project")),
                Values.decimal(x.get("amountYuan")), Values.text(x.get("currency")),
                !x.get("approximate").isNull() && x.get("approximate").asBoolean(),
                Values.text(x.get("date")), Values.text(x.get("dateEnd")), Values.text(x.get("datePrecision")),
                Values.text(x.get("evidence")), Values.text(x.get("articleId")),
                Values.integer(x.get("start")), Values.integer(x.get("end")));
    }
}
