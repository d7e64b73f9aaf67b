package com.zhengqi.graph.serve;

import org.neo4j.driver.Value;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.ArrayList;
import java.util.List;

/**
 * Full-text search over entity names (index {@code entity_names}). The text is searched as one
 * phrase: the default analyzer indexes Chinese character by character, so a phrase finds names
 * that contain the text anywhere (富生 finds 李富生).
 */
@Controller
class SearchController {

    record SearchEdge(String cursor, double score, Entity node) {
    }

    record SearchConnection(int totalCount, List<SearchEdge> edges, PageInfo pageInfo) {

        public List<Entity> nodes() {
            return edges.stream().map(SearchEdge::node).toList();
        }
    }

    /** Hits read at most; enough for any person, and it bounds the work a one-character search does. */
    static final int MAX_HITS = 10_000;

    private static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('entity_names', $phrase, {limit: $maxHits}) YIELD node, score
            WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
            WITH node, score ORDER BY CASE WHEN node.name = $text THEN 0 ELSE 1 END, score DESC, size(node.name), node.name
            WITH collect({node: node, score: score}) AS hits
            WITH size(hits) AS total, hits[$skip..$skip + $first] AS page
            UNWIND CASE WHEN page = [] THEN [null] ELSE page END AS hit
            WITH total, hit.score AS score, hit.node AS n
            RETURN total, collect(CASE WHEN n IS NULL THEN null ELSE {score: score, node: %s} END) AS page
            """.formatted(Fragments.ENTITY);

    private final CypherReads reads;
    private final Arguments arguments;

    SearchController(CypherReads reads, Arguments arguments) {
        this.reads = reads;
        this.arguments = arguments;
    }

    @QueryMapping
    SearchConnection search(@Argument String text, @Argument List<EntityType> types, @Argument int first, @Argument String after) {
        String query = Arguments.notBlank("text", text);
        int size = arguments.first(first);
        int skip = Cursors.offsetAfter(after);
        List<String> labels = types == null || types.isEmpty() ? null : types.stream().map(EntityType::label).toList();
        Value r = reads.single(SEARCH, Params.of("phrase", phrase(query), "text", query, "labels", labels,
                "skip", skip, "first", size, "maxHits", MAX_HITS));
        List<SearchEdge> edges = new ArrayList<>();
        List<Value> page = r.get("page").asList(v -> v);
        for (int i = 0; i < page.size(); i++) {
            edges.add(new SearchEdge(Cursors.of(skip + i), page.get(i).get("score").asDouble(), Entity.of(page.get(i).get("node"))));
        }
        int total = r.get("total").asInt();
        return new SearchConnection(total, edges, PageInfo.of(skip, edges.size(), total));
    }

    /** The text as one Lucene phrase; inside quotes only the quote and the backslash need escaping. */
    static String phrase(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Kinds of entity a search can be limited to, and the label each one means. */
    enum EntityType {
        PERSON("Person"), ORGANIZATION("Organization"), COMPANY("Company"), GOVERNMENT_BODY("GovernmentBody"),
        REGION("Region"), PROJECT("Project"), INDUSTRY("Industry");

        private final String label;

        EntityType(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}
