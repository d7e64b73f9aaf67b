package com.zhengqi.graph.serve;

import org.neo4j.driver.Value;

/** A byline: a person wrote, photographed or edited an article. */
record Report(String id, Person person, ReportRole role, String evidence, String articleId, Integer start, Integer end)
        implements Relationship {

    static Report of(Value row) {
        Value x = row.get("rel");
        return new Report(row.get("id").asString(), (Person) Entity.of(row.get("person")), ReportRole.of(Values.text(x.get("role"))),
                Values.text(x.get("evidence")), row.get("articleId").asString(),
                Values.integer(x.get("start")), Values.integer(x.get("end")));
    }
}
