package com.zhengqi.graph.serve;

import org.neo4j.driver.Value;

/** A person visits an organisation; one per person, organisation and date, from its earliest report. */
record Visit(String id, Person person, Entity organization, String date, String dateEnd, String datePrecision, String purpose, String evidence,
             String articleId, Integer start, Integer end) implements Relationship, Dated {

    static Visit of(Value row) {
        Value x = row.get("rel");
        return new Visit(row.get("id").asString(), (Person) Entity.of(row.get("person")), Entity.of(row.get("organization")),
                Values.text(x.get("date")), Values.text(x.get("dateEnd")), Values.text(x.get("datePrecision")),
                Values.text(x.get("purpose")), Values.text(x.get("evidence")),
                Values.text(x.get("articleId")), Values.integer(x.get("start")), Values.integer(x.get("end")));
    }
}
