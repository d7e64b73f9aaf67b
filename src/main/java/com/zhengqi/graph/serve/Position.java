package com.zhengqi.graph.serve;

import org.neo4j.driver.Value;

/**
 * A post: one person, one title, one organisation or region, however many relationships (articles)
 * report it. Provenance fields come from the earliest report.
 */
record Position(String id, Person person, String title, String type, Organization organization, Region region,
                String firstSeen, String lastSeen, int reports, String evidence, String articleId, Integer start,
                Integer end) implements Relationship {

    /** From a {@link PositionQueries} row map. */
    static Position of(Value p) {
        Entity target = Entity.of(p.get("target"));
        Region region = target instanceof Region r ? r
                : p.get("region").isNull() ? null : (Region) Entity.of(p.get("region"));
        Value first = p.get("first");
        return new Position(p.get("id").asString(), (Person) Entity.of(p.get("person")), Values.text(p.get("title")),
                p.get("type").asString(), target instanceof Organization o ? o : null, region,
                Values.text(p.get("firstSeen")), Values.text(p.get("lastSeen")), p.get("reports").asInt(),
                Values.text(first.get("evidence")), Values.text(first.get("articleId")),
                Values.integer(first.get("start")), Values.integer(first.get("end")));
    }
}
