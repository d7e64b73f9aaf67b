package com.zhengqi.graph.serve;

import org.neo4j.driver.Value;

/** An article names an entity. */
record Mention(String id, Entity entity, int count, String evidence, String articleId, Integer start, Integer end)
        implements Relationship {

    static Mention of(Value row) {
        Value x = row.get("rel");
        Integer count = Values.integer(x.get("count"));
        return new Mention(row.get("id").asString(), Entity.of(row.get("entity")), count == null ? 1 : count,
                Values.text(x.get("evidence")), row.get("articleId").asString(),
                Values.integer(x.get("start")), Values.integer(x.get("end")));
    }
}
