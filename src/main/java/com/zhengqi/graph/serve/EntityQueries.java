package com.zhengqi.graph.serve;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Entities by id or name, and the entities next to them (parents, regions, industries, projects). */
@Component
class EntityQueries {

    private static final String PERSON = "MATCH (n:Person {id: $id}) RETURN " + Fragments.ENTITY + " AS n";
    private static final String ORGANIZATION = "MATCH (n:Organization {id: $id}) RETURN " + Fragments.ENTITY + " AS n";
    private static final String PROJECT = "MATCH (n:Project {id: $id}) RETURN " + Fragments.ENTITY + " AS n";
    private static final String INDUSTRY = "MATCH (n:Industry {name: $id}) RETURN " + Fragments.ENTITY + " AS n";
    private static final String REGION_BY_ID = "MATCH (n:Region {id: $id}) RETURN " + Fragments.ENTITY + " AS n";
    // Names and codes can repeat (同名; a code stored twice): the best-connected region wins.
    private static final String REGION_BY_CODE = "MATCH (n:Region {code: $id}) WITH n ORDER BY COUNT { (n)--() } DESC LIMIT 1 RETURN "
            + Fragments.ENTITY + " AS n";
    private static final String REGION_BY_NAME = "MATCH (n:Region {name: $id}) WITH n ORDER BY COUNT { (n)--() } DESC LIMIT 1 RETURN "
            + Fragments.ENTITY + " AS n";

    static final String REGION_PARENT = neighbours("(s)-[:PART_OF]->(n:Region)");
    static final String REGION_CHILDREN = neighbours("(n:Region)-[:PART_OF]->(s)");
    static final String ORGANIZATION_PARENT = neighbours("(s)-[:PART_OF]->(n) WHERE n:Organization OR n:Region");
    static final String ORGANIZATION_REGIONS = neighbours("(s)-[:LOCATED_IN|PART_OF]->(n:Region)");
    static final String INDUSTRIES = neighbours("(s)-[:IN_INDUSTRY]->(n:Industry)");
    static final String PROJECT_REGIONS = neighbours("(s)-[:LOCATED_IN]->(n:Region)");

    private static final String REGION_PROJECTS = """
            UNWIND $ids AS key
            MATCH (s) WHERE elementId(s) = key
            CALL (s) {
              WITH s WHERE NOT $includeSubregions RETURN s AS area
              UNION WITH s WHERE $includeSubregions MATCH (area:Region)-[:PART_OF*0..6]->(s) RETURN area
            }
            MATCH (n:Project)-[:LOCATED_IN]->(area)
            WITH DISTINCT key, n ORDER BY n.amountYuan IS NULL, n.amountYuan DESC, n.name
            RETURN key, collect(%s)[..$first] AS items""".formatted(Fragments.ENTITY);

    private static final String INDUSTRY_PROJECTS = """
            UNWIND $ids AS key
            MATCH (s) WHERE elementId(s) = key
            MATCH (n:Project)-[:IN_INDUSTRY]->(s)
            WITH DISTINCT key, n ORDER BY n.amountYuan IS NULL, n.amountYuan DESC, n.name
            RETURN key, collect(%s)[..$first] AS items""".formatted(Fragments.ENTITY);

    private static final String INDUSTRY_ORGANIZATIONS = """
            UNWIND $ids AS key
            MATCH (s) WHERE elementId(s) = key
            MATCH (n:Organization)-[:IN_INDUSTRY]->(s)
            WITH DISTINCT key, n ORDER BY n.name
            RETURN key, collect(%s)[..$first] AS items""".formatted(Fragments.ENTITY);

    private final CypherReads reads;
    private final BatchReads batches;

    EntityQueries(CypherReads reads, BatchReads batches) {
        this.reads = reads;
        this.batches = batches;
    }

    private static String neighbours(String pattern) {
        return """
                UNWIND $ids AS key
                MATCH (s) WHERE elementId(s) = key
                MATCH %s
                WITH key, n ORDER BY n.name
                RETURN key, collect(DISTINCT %s) AS items""".formatted(pattern, Fragments.ENTITY);
    }

    Entity person(String id) {
        return one(PERSON, id);
    }

    Entity organization(String id) {
        return one(ORGANIZATION, id);
    }

    Entity project(String id) {
        return one(PROJECT, id);
    }

    Entity industry(String name) {
        return one(INDUSTRY, name);
    }

    Entity regionById(String id) {
        return one(REGION_BY_ID, id);
    }

    Entity regionByCode(String code) {
        return one(REGION_BY_CODE, code);
    }

    Entity regionByName(String name) {
        return one(REGION_BY_NAME, name);
    }

    private Entity one(String cypher, String id) {
        List<Value> records = reads.list(cypher, Map.of("id", id));
        return records.isEmpty() ? null : Entity.of(records.getFirst().get("n"));
    }

    /** Entities next to each parent along one of the constant patterns of this class. */
    <S extends Entity> Map<S, List<Entity>> neighbours(Collection<S> parents, String statement) {
        return batches.lists(parents, Entity::elementId, statement, Entity::of);
    }

    <S extends Entity> Map<S, Entity> neighbour(Collection<S> parents, String statement) {
        return batches.first(parents, Entity::elementId, statement, Entity::of);
    }

    Map<String, List<Entity>> regionProjects(List<String> regionIds, boolean includeSubregions, int first) {
        return byKey(regionIds, REGION_PROJECTS, Params.of("includeSubregions", includeSubregions, "first", first));
    }

    Map<String, List<Entity>> industryProjects(List<String> industryIds, int first) {
        return byKey(industryIds, INDUSTRY_PROJECTS, Params.of("first", first));
    }

    Map<String, List<Entity>> industryOrganizations(List<String> industryIds, int first) {
        return byKey(industryIds, INDUSTRY_ORGANIZATIONS, Params.of("first", first));
    }

    private Map<String, List<Entity>> byKey(List<String> elementIds, String cypher, Map<String, Object> params) {
        return batches.lists(elementIds, id -> id, cypher, params, Entity::of);
    }
}
