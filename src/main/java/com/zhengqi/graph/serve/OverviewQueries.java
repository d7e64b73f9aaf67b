package com.zhengqi.graph.serve;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The overview's statements: counts by label (each a count store lookup, not a scan), the people and
 * companies with the most relationships, and project money rolled up the region tree.
 */
@Component
class OverviewQueries {

    static final int MAX_RANKED = 100;
    private static final int MAX_REGIONS = 500;
    /** Levels the money is rolled up to; towns and communities would crowd the picture. */
    private static final List<String> ROLLED_UP_LEVELS = List.of("PROVINCE", "CITY", "COUNTY");

    private static final String COUNTS = """
            CALL () { MATCH (n:Article) RETURN count(n) AS articles }
            CALL () { MATCH (n:Person) RETURN count(n) AS people }
            CALL () { MATCH (n:Company) RETURN count(n) AS companies }
            CALL () { MATCH (n:GovernmentBody) RETURN count(n) AS governmentBodies }
            CALL () { MATCH (n:Region) RETURN count(n) AS regions }
            CALL () { MATCH (n:Industry) RETURN count(n) AS industries }
            CALL () { MATCH (n:Project) RETURN count(n) AS projects, sum(coalesce(toFloat(n.amountYuan), 0.0)) AS amountYuan }
            RETURN articles, people, companies, governmentBodies, regions, projects, industries, amountYuan""";

    /** People or companies {@code n} ranked by their relationships, default types only. */
    private static final String RANKED = """
            WITH n, COUNT { (n)-[r]-() WHERE %s } AS relationships
            ORDER BY relationships DESC, n.name
            LIMIT $first
            RETURN %s AS entity, relationships""".formatted(Fragments.DEFAULT_TYPES, Fragments.ENTITY);

    private static final String OFFICIALS = "MATCH (n:Person) WHERE EXISTS { (n)-[:LEADS|HOLDS_POSITION]->() }\n" + RANKED;

    private static final String COMPANIES = "MATCH (n:Company)\n" + RANKED;

    private static final String REGIONS = """
            MATCH (p:Project)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..6]->(g:Region)
            WHERE g.level IN $levels
            WITH g, collect(DISTINCT p) AS ps
            WITH g, ps, [x IN ps WHERE x.amountYuan IS NOT NULL | toFloat(x.amountYuan)] AS amounts
            WITH g, size(ps) AS projects, size(ps) - size(amounts) AS withoutAmount, reduce(s = 0.0, v IN amounts | s + v) AS amountYuan
            ORDER BY amountYuan DESC, projects DESC, g.name
            LIMIT $max
            RETURN %s AS region, amountYuan, projects, withoutAmount""".formatted(Fragments.entity("g"));

    private final CypherReads reads;

    OverviewQueries(CypherReads reads) {
        this.reads = reads;
    }

    Overview overview(int first) {
        Value c = reads.single(COUNTS, Params.of());
        Overview.Counts counts = new Overview.Counts(c.get("articles").asInt(), c.get("people").asInt(), c.get("companies").asInt(),
                c.get("governmentBodies").asInt(), c.get("regions").asInt(), c.get("projects").asInt(), c.get("industries").asInt(),
                c.get("amountYuan").asDouble());
        List<Overview.RegionTotal> regions = reads.list(REGIONS, Params.of("levels", ROLLED_UP_LEVELS, "max", MAX_REGIONS)).stream()
                .map(r -> new Overview.RegionTotal((Region) Entity.of(r.get("region")), r.get("amountYuan").asDouble(),
                        r.get("projects").asInt(), r.get("withoutAmount").asInt()))
                .toList();
        return new Overview(counts, ranked(OFFICIALS, first), ranked(COMPANIES, first), regions);
    }

    private List<Overview.Ranked> ranked(String cypher, int first) {
        return reads.list(cypher, Params.of("first", first)).stream()
                .map(r -> new Overview.Ranked(Entity.of(r.get("entity")), r.get("relationships").asInt()))
                .toList();
    }
}
