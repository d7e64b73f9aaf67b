package com.zhengqi.graph.serve;

import com.zhengqi.graph.GraphQlHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IngestMutationApiTest extends ApiTestSupport {

    private static final String INGEST = """
            mutation($text: String!, $date: String) {
              ingestArticle(text: $text, source: "api-test", publishedOn: $date) {
                articlesWritten articlesSkipped nodesCreated relationshipsCreated
                articles { id title publishedOn article { id source publishedOn } nodes { localId labels name } }
              }
            }""";

    private static final String TEXT = "北关区招商引资工作会议召开\n\n区委书记李富生出席会议并讲话,区长王建军主持会议。";

    private JsonNode ingest(Map<String, Object> variables, Map<String, String> headers) {
        return new GraphQlHttp(httpPort).post(INGEST, variables, headers);
    }

    @Test
    void withoutAKeyTheMutationIsRefusedAndNothingIsWritten() {
        long before = count("MATCH (a:Article) RETURN count(a)");

        JsonNode refused = ingest(Map.of("text", TEXT), Map.of());
        assertThat(onlyError(refused).path("extensions").path("classification").asString()).isEqualTo("UNAUTHORIZED");
        assertThat(refused.path("data").isNull()).as("a non-null field failing nulls the data").isTrue();

        JsonNode wrongKey = ingest(Map.of("text", TEXT), Map.of("Authorization", "Bearer " + API_KEY + "x"));
        assertThat(onlyError(wrongKey).path("extensions").path("classification").asString()).isEqualTo("UNAUTHORIZED");

        assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(before);
    }

    @Test
    void withAKeyTheArticleIsExtractedWrittenAndReturned() {
        long before = count("MATCH (a:Article) RETURN count(a)");
        Map<String, String> key = Map.of("Authorization", "Bearer " + API_KEY);

        JsonNode result = ingest(Map.of("text", TEXT, "date", "2021-05-06"), key);
        assertThat(result.path("errors").isMissingNode()).as(result.toString()).isTrue();
        JsonNode written = result.path("data").path("ingestArticle");
        assertThat(written.path("articlesWritten").asInt()).isEqualTo(1);
        assertThat(written.path("nodesCreated").asInt()).isPositive();
        JsonNode article = written.path("articles").get(0);
        assertThat(article.path("publishedOn").asString()).isEqualTo("2021-05-06");
        assertThat(article.path("article").path("id").asString()).isEqualTo(article.path("id").asString());
        assertThat(article.path("article").path("source").asString()).isEqualTo("api-test");
        assertThat(article.path("article").path("publishedOn").asString()).isEqualTo("2021-05-06");
        assertThat(texts(article.path("nodes"), "name")).contains("李富生");
        assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(before + 1);

        JsonNode again = ingest(Map.of("text", TEXT), key).path("data").path("ingestArticle");
        assertThat(again.path("articlesWritten").asInt()).isZero();
        assertThat(again.path("articlesSkipped").asInt()).isEqualTo(1);
        assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(before + 1);
    }

    @Test
    void theGivenDateResolvesTheRelativeDatesOfTheText() {
        String text = "汤阴县县长考察企业\n\n昨日，汤阴县县长王海涛到远景动力电池有限公司考察。";
        JsonNode result = ingest(Map.of("text", text, "date", "2019-12-06"), Map.of("Authorization", "Bearer " + API_KEY));
        assertThat(result.path("errors").isMissingNode()).as(result.toString()).isTrue();
        List<Object> dates = driver.executableQuery("""
                MATCH (:Person {name: '王海涛'})-[v:VISITED]->(:Organization {name: '远景动力电池有限公司'})
                RETURN v.date AS date""").execute().records().stream().map(r -> r.get("date").asObject()).toList();
        assertThat(dates).containsExactly("2019-12-05");
    }

    @Test
    void aBadDateIsAnErrorNamingPublishedOn() {
        JsonNode response = ingest(Map.of("text", TEXT, "date", "2021年5月6日"), Map.of("Authorization", "Bearer " + API_KEY));
        JsonNode error = onlyError(response);
        assertThat(error.path("extensions").path("argument").asString()).isEqualTo("publishedOn");
        assertThat(error.path("message").asString()).contains("ISO date");
    }
}
