package com.zhengqi.graph.serve;

import com.zhengqi.graph.registry.GraphRegistry;

import java.util.stream.Collectors;

/**
 * Pieces of Cypher the API's statements share. They are constants: user input reaches Cypher only
 * as parameters, never as text.
 */
final class Fragments {

    private Fragments() {
    }

    /** Projection of an entity node {@code n} read by {@link Entity#of}. */
    static String entity(String variable) {
        return variable + " {.*, eid: elementId(" + variable + "), labels: labels(" + variable + ")}";
    }

    static final String ENTITY = entity("n");

    /** Projection of an article node {@code a} without its text, read by {@link Article#of}. */
    static final String ARTICLE = "a {.id, .title, .source, .publishedOn, .newspaper}";

    /**
     * Relationship types followed when a client names none: every type but the ones that tie an
     * entity to whole articles (an article names dozens of entities, so following them drowns the answer):
     * the registry's types that are not followed by default.
     */
    static final String DEFAULT_TYPES = GraphRegistry.standard().relationshipTypes(t -> !t.followedByDefault()).stream()
            .map(t -> "'" + t.type() + "'").collect(Collectors.joining(", ", "NOT type(r) IN [", "]"));

    /** True for a relationship {@code r} of the requested {@code $types}, or of the default ones when null. */
    static final String TYPE_FILTER = "CASE WHEN $types IS NULL THEN " + DEFAULT_TYPES + " ELSE type(r) IN $types END";

    /**
     * Finds the node whose public id is the parameter {@code $<parameter>}, as {@code n}: one
     * index seek per keyed label (industries are keyed by name), none of them a scan.
     */
    static String nodeById(String parameter) {
        String p = "$" + parameter;
        return """
                CALL () {
                  MATCH (n:Person {id: %1$s}) RETURN n
                  UNION MATCH (n:Organization {id: %1$s}) RETURN n
                  UNION MATCH (n:Region {id: %1$s}) RETURN n
                  UNION MATCH (n:Project {id: %1$s}) RETURN n
                  UNION MATCH (n:Industry {name: %1$s}) RETURN n
                  UNION MATCH (n:Article {id: %1$s}) RETURN n
                  UNION MATCH (n:InvestmentStatistic {id: %1$s}) RETURN n
                }
                """.formatted(p);
    }

    /**
     * Finds the region meant by {@code $region} as {@code r}: by id, else by division code, else by
     * name; among regions of the same name (同名), the one with the most relationships. No row when
     * nothing matches.
     */
    static final String REGION_BY_REFERENCE = """
            CALL () {
              MATCH (r:Region) WHERE r.id = $region OR r.code = $region OR r.name = $region
              RETURN r ORDER BY CASE WHEN r.id = $region THEN 0 WHEN r.code = $region THEN 1 ELSE 2 END,
                                COUNT { (r)--() } DESC
              LIMIT 1
            }
            """;

    /**
     * With a region {@code r} bound: {@code area}, the region itself, or (with subregions) every region
     * under it as well. Two constants rather than a parameter, so that the narrow case never walks a
     * province's whole tree.
     */
    static String area(boolean includeSubregions) {
        return includeSubregions ? "MATCH (area:Region)-[:PART_OF*0..6]->(r)\n" : "WITH *, r AS area\n";
    }
}
