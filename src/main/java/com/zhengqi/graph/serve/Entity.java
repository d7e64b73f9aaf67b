package com.zhengqi.graph.serve;

import org.neo4j.driver.Value;

import java.util.List;

/**
 * An entity of the graph as the API returns it. {@code elementId} is the database's own id of the
 * node: the API uses it within one request to fetch child fields by a direct seek, and never
 * exposes it.
 */
sealed interface Entity permits Person, Organization, Region, Project, Industry {

    String elementId();

    String id();

    String name();

    List<String> labels();

    /** Builds the record that fits the node's labels from a {@code n {.*, eid, labels}} projection ({@link Fragments#ENTITY}). */
    static Entity of(Value map) {
        List<String> labels = map.get("labels").asList(Value::asString);
        String eid = map.get("eid").asString();
        String name = map.get("name").asString(null);
        String id = map.get("id").asString(name);
        if (labels.contains("Person")) {
            return new Person(eid, id, name, labels);
        }
        if (labels.contains("Organization")) {
            return new Organization(eid, id, name, labels, OrganizationKind.of(map.get("kind").asString(null), labels),
                    map.get("aliases").isNull() ? List.of() : map.get("aliases").asList(Value::asString));
        }
        if (labels.contains("Region")) {
            return new Region(eid, id, name, labels, map.get("code").isNull() ? null : map.get("code").asObject().toString(),
                    RegionLevel.of(map.get("level").asString(null)));
        }
        if (labels.contains("Project")) {
            return new Project(eid, id, name, labels, Values.decimal(map.get("amountYuan")), map.get("status").asString(null));
        }
        if (labels.contains("Industry")) {
            return new Industry(eid, name, labels);
        }
        throw new IllegalArgumentException("not an entity: " + labels);
    }
}
