package com.zhengqi.graph;

import com.zhengqi.graph.store.GraphSchema;
import com.zhengqi.graph.store.GraphStats;
import com.zhengqi.graph.store.IngestSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The spine: a seed page goes in, the graph answers GraphQL over HTTP, and doing it again changes nothing. */
class WalkingSkeletonTest extends GraphTestSupport {

    private static final Path PAGE = SEEDS.resolve("000_64d736ac5815972c.txt");

    @Autowired
    GraphStats stats;

    @Autowired
    GraphSchema schema;

    @BeforeEach
    void emptyGraph() {
        clearGraph();
    }

    @Test
    void anIngestedSeedPageIsQueryableThroughGraphQlOverHttp() {
        IngestSummary summary = ingest(PAGE);
        assertThat(summary.failures()).isEmpty();
        assertThat(summary.written().articlesWritten()).isPositive();

        JsonNode listed = new GraphQlHttp(httpPort).post("{ articles(first: 50) { id title source } }", Map.of());
        assertThat(listed.path("errors").isMissingNode()).as(listed.toString()).isTrue();
        JsonNode articles = listed.path("data").path("articles");
        assertThat(articles.size()).isEqualTo(summary.written().articlesWritten());
        String id = articles.get(0).path("id").asString();

        JsonNode one = new GraphQlHttp(httpPort).post(
                "query($id: ID!) { article(id: $id) { id source mentions { entity { id labels name } } } }", Map.of("id", id));
        JsonNode article = one.path("data").path("article");
        assertThat(article.path("id").asString()).isEqualTo(id);
        assertThat(article.path("source").asString()).endsWith("000_64d736ac5815972c.txt");
        assertThat(article.path("mentions").size()).as("nodes mentioned by the article").isPositive();
    }

    @Test
    void ingestingTheSamePageTwiceLeavesTheSameCounts() {
        ingest(PAGE);
        GraphStats.Counts first = stats.counts();
        IngestSummary again = ingest(PAGE);
        assertThat(again.written().articlesWritten()).isZero();
        assertThat(again.written().articlesSkipped()).isEqualTo((int) first.articles());
        assertThat(stats.counts()).isEqualTo(first);
    }

    @Test
    void schemaConstraintsExistAndReapplyingThemIsHarmless() {
        List<String> before = constraintNames();
        assertThat(before).contains("article_id", "person_id", "organization_id", "region_id", "project_id", "industry_name");
        assertThat(count("SHOW FULLTEXT INDEXES YIELD name WHERE name = 'entity_names' RETURN count(*)")).isEqualTo(1);

        schema.apply();

        assertThat(constraintNames()).containsExactlyInAnyOrderElementsOf(before);
    }

    private List<String> constraintNames() {
        return driver.executableQuery("SHOW CONSTRAINTS YIELD name RETURN name").execute().records().stream()
                .map(r -> r.get("name").asString()).toList();
    }
}
