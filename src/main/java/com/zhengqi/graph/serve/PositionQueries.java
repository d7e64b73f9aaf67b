package com.zhengqi.graph.serve;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Posts (LEADS, HOLDS_POSITION, and WORKS_FOR for a person's own posts and an organisation's) folded into {@link Position}s: one per person, target, title and
 * type, with first and last seen dates from the reports' articles and provenance from the earliest.
 * Works with one relationship per article and with the store's merged facts (one relationship
 * holding {@code articleIds} and {@code articleCount}).
 */
@Component
class PositionQueries {

    /**
     * With {@code key} and {@code area} bound: the area and the government bodies under it (not
     * companies, and only through organisations, so a town's bodies do not count for its county)
     * as {@code target}, and each post there ({@code person, x}).
     */
    private static final String POSTS_IN_AREA = """
            OPTIONAL MATCH p = (o:Organization)-[:PART_OF*1..3]->(area)
            WHERE all(u IN nodes(p)[..-1] WHERE u:Organization) AND NOT o:Company
            WITH key, area, [area] + collect(o) AS targets
            UNWIND targets AS target
            WITH DISTINCT key, area, target
            MATCH (person:Person)-[x:LEADS|HOLDS_POSITION]->(target)
            WHERE $title IS NULL OR x.title CONTAINS $title
            """;

    /** Folds rows {@code key, person, x, target, area} into one position map per post, ordered leaders first. */
    private static final String FOLD = """
            CALL (x) {
              UNWIND coalesce(x.articleIds, [x.articleId]) AS articleId
              OPTIONAL MATCH (a:Article {id: articleId})
              RETURN min(a.publishedOn) AS published, max(a.publishedOn) AS latest
            }
            WITH key, person, target, area, x, published, latest ORDER BY published
            WITH key, person, target, area, x.title AS title, type(x) AS type, collect(x) AS xs,
                 sum(coalesce(x.articleCount, 1)) AS reports,
                 min(coalesce(x.firstSeen, published)) AS firstSeen, max(coalesce(x.lastSeen, latest)) AS lastSeen
            CALL (target, area) {
              OPTIONAL MATCH (target)-[:PART_OF|LOCATED_IN]->(owner:Region) WHERE area IS NULL
              RETURN coalesce(area, owner) AS region LIMIT 1
            }
            WITH key, type, lastSeen, person.name AS name,
                 {id: elementId(xs[0]), person: %s, target: %s, region: %s, title: title, type: type,
                  first: properties(xs[0]), firstSeen: firstSeen, lastSeen: lastSeen, reports: reports} AS position
            ORDER BY key, CASE type WHEN 'LEADS' THEN 0 ELSE 1 END, lastSeen DESC, name
            RETURN key, collect(position)[..$first] AS items
            """.formatted(Fragments.entity("person"), Fragments.entity("target"), Fragments.entity("region"));

    /** By inclusion of subregions: the officials of the region {@code $region} names, and whether it named one. */
    private static final Map<Boolean, String> OFFICIALS = Map.of(false, officials(false), true, officials(true));

    /** By inclusion of subregions: the officials of many regions (element ids) at once. */
    private static final Map<Boolean, String> OFFICIALS_OF_REGIONS = Map.of(false, officialsOfRegions(false), true, officialsOfRegions(true));

    private static String officials(boolean includeSubregions) {
        return """
                OPTIONAL CALL () {
                  %s
                  RETURN r
                }
                OPTIONAL CALL (r) {
                  WITH r, 'region' AS key
                  %s
                  %s
                }
                RETURN r IS NOT NULL AS found, items""".formatted(Fragments.REGION_BY_REFERENCE, Fragments.area(includeSubregions) + POSTS_IN_AREA, FOLD);
    }

    private static String officialsOfRegions(boolean includeSubregions) {
        return """
                UNWIND $ids AS key
                MATCH (r) WHERE elementId(r) = key
                """ + Fragments.area(includeSubregions) + POSTS_IN_AREA + FOLD;
    }

    private static final String OF_PEOPLE = """
            UNWIND $ids AS key
            MATCH (person) WHERE elementId(person) = key
            MATCH (person)-[x:LEADS|HOLDS_POSITION|WORKS_FOR]->(target)
            WITH key, person, x, target, null AS area
            """ + FOLD;

    private static final String IN_ORGANIZATIONS = """
            UNWIND $ids AS key
            MATCH (target) WHERE elementId(target) = key
            MATCH (person:Person)-[x:LEADS|HOLDS_POSITION|WORKS_FOR]->(target)
            WITH key, person, x, target, null AS area
            """ + FOLD;

    /** Everything people and organisations list (a person's posts are few, unlike a region's officials). */
    private static final int ALL = 1000;

    private final CypherReads reads;
    private final BatchReads batches;

    PositionQueries(CypherReads reads, BatchReads batches) {
        this.reads = reads;
        this.batches = batches;
    }

    /** The officials of the region meant by {@code region}, or null when no region matches it. */
    List<Position> officials(String region, boolean includeSubregions, String title, int first) {
        Value r = reads.single(OFFICIALS.get(includeSubregions), Params.of("region", region,
                "title", title, "first", first));
        if (!r.get("found").asBoolean()) {
            return null;
        }
        return r.get("items").isNull() ? List.of() : r.get("items").asList(Position::of);
    }

    Map<String, List<Position>> officialsOfRegions(List<String> regionElementIds, boolean includeSubregions, String title, int first) {
        return batches.lists(regionElementIds, id -> id, OFFICIALS_OF_REGIONS.get(includeSubregions),
                Params.of("title", title, "first", first), Position::of);
    }

    <S extends Entity> Map<S, List<Position>> ofPeople(Collection<S> people) {
        return batches.lists(people, Entity::elementId, OF_PEOPLE, Params.of("first", ALL), Position::of);
    }

    <S extends Entity> Map<S, List<Position>> inOrganizations(Collection<S> organizations) {
        return batches.lists(organizations, Entity::elementId, IN_ORGANIZATIONS, Params.of("first", ALL), Position::of);
    }
}
