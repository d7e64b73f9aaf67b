package com.zhengqi.graph.serve;

import com.zhengqi.graph.GraphQlHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The response cache serves a repeated query without touching the database, and never serves an
 * answer older than the last write: a Bolt client's write, an ingest and the mutation each make
 * the next query read the graph again.
 */
class ResponseCacheTest extends ApiTestSupport {

    private static final String OFFICIALS = "query($r: String!) { officials(region: $r) { person { name } title } }";
    private static final String INGEST = """
            mutation($text: String!) { ingestArticle(text: $text, source: "cache-test") { articlesWritten } }""";

    @Autowired
    ResponseCache cache;

    private long statementsFor(String document, Map<String, Object> variables) {
        long before = reads.statementsRun();
        post(document, variables);
        return reads.statementsRun() - before;
    }

    private JsonNode officialsOfBeiguan() {
        return data(OFFICIALS, Map.of("r", "北关区")).path("officials");
    }

    /** The full-text index is eventually consistent: searches right after a write may not see it yet, cache or no cache. */
    private void awaitFullTextIndex() {
        driver.executableQuery("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").execute();
    }

    @Test
    void aRepeatedQueryIsAnsweredWithoutRunningStatementsAndOtherVariablesAreNot() throws InterruptedException {
        assertThat(cache.enabled()).isTrue();
        // Loading the fixture was a write: answers are kept again once the full-text index has caught up.
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!cache.keepsAnswers() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        JsonNode first = officialsOfBeiguan();
        long again = statementsFor(OFFICIALS, Map.of("r", "北关区"));
        assertThat(again).isZero();
        assertThat(officialsOfBeiguan()).isEqualTo(first);
        assertThat(statementsFor(OFFICIALS, Map.of("r", "文峰区"))).isPositive();
    }

    @Test
    void aWriteByAnyBoltClientMakesTheNextQueryReadTheGraphAgain() {
        assertThat(texts(officialsOfBeiguan(), "person.name")).doesNotContain("赵新官");
        driver.executableQuery("""
                MATCH (r:Region {name: '北关区'})
                CREATE (:Person {id: 'person:cache-test', name: '赵新官'})-[:LEADS {title: '副区长', articleId: 'a', evidence: 'e'}]->(r)""")
                .execute();
        assertThat(texts(officialsOfBeiguan(), "person.name")).contains("赵新官");
    }

    @Test
    void anIngestMakesTheNextQueryReadTheGraphAgain() throws Exception {
        String search = "query($t: String!) { search(text: $t) { totalCount } }";
        Map<String, Object> variables = Map.of("t", "鑫港");
        assertThat(data(search, variables).path("search").path("totalCount").asInt()).isZero();
        Path article = Files.createTempFile(Path.of("target"), "cache-test", ".txt");
        Files.writeString(article, "安阳鑫港实业有限公司落户北关区\n\n北关区与安阳鑫港实业有限公司签约,投资5亿元建设新材料项目。");
        ingest(article);
        Files.delete(article);
        awaitFullTextIndex();
        assertThat(data(search, variables).path("search").path("totalCount").asInt()).isPositive();
    }

    @Test
    void theMutationMakesTheNextQueryReadTheGraphAgain() {
        String count = "{ search(text: \"鑫港\") { totalCount } }";
        assertThat(data(count).path("search").path("totalCount").asInt()).isZero();
        JsonNode written = new GraphQlHttp(httpPort).post(INGEST,
                Map.of("text", "安阳鑫港实业有限公司落户北关区\n\n北关区与安阳鑫港实业有限公司签约,投资5亿元建设新材料项目。"),
                Map.of("Authorization", "Bearer " + API_KEY));
        assertThat(written.path("data").path("ingestArticle").path("articlesWritten").asInt()).as(written.toString()).isEqualTo(1);
        awaitFullTextIndex();
        assertThat(data(count).path("search").path("totalCount").asInt()).isPositive();
    }

    @Test
    void answersWithErrorsAreNotKept() {
        String unknown = "query($r: String!) { officials(region: $r) { title } }";
        assertThat(statementsFor(unknown, Map.of("r", "不存在区"))).isPositive();
        assertThat(statementsFor(unknown, Map.of("r", "不存在区"))).isPositive();
    }
}
