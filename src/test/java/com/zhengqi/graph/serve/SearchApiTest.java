package com.zhengqi.graph.serve;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SearchApiTest extends ApiTestSupport {

    private static final String SEARCH = """
            query($text: String!, $types: [EntityType!], $first: Int, $after: String) {
              search(text: $text, types: $types, first: $first, after: $after) {
                totalCount
                edges { cursor score node { __typename id name labels } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    private JsonNode search(Map<String, Object> variables) {
        return data(SEARCH, variables).path("search");
    }

    @Test
    void aPartialChineseNameFindsThePerson() {
        JsonNode hits = search(Map.of("text", "富生"));
        assertThat(texts(hits.path("edges"), "node.name")).containsExactly("李富生");
        assertThat(hits.path("edges").get(0).path("node").path("__typename").asString()).isEqualTo("Person");
        assertThat(hits.path("edges").get(0).path("score").asDouble()).isPositive();
    }

    @Test
    void anExactNameComesFirstAndTypesNarrowTheHits() {
        JsonNode all = search(Map.of("text", "纺织服装"));
        assertThat(texts(all.path("edges"), "node.name")).first().isEqualTo("纺织服装");
        assertThat(texts(all.path("edges"), "node.name")).contains("纺织服装产业园项目");

        JsonNode companies = search(Map.of("text", "纺织", "types", List.of("COMPANY")));
        assertThat(texts(companies.path("edges"), "node.name"))
                .containsExactlyInAnyOrder("吴江市顺业纺织有限公司", "苏州国冠纺织有限公司");
        assertThat(texts(companies.path("edges"), "node.__typename")).containsOnly("Company");
    }

    @Test
    void hitsPageThroughCursors() {
        JsonNode first = search(Map.of("text", "有限公司", "first", 2));
        assertThat(first.path("totalCount").asInt()).isEqualTo(3);
        assertThat(first.path("edges").size()).isEqualTo(2);
        assertThat(first.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        JsonNode rest = search(Map.of("text", "有限公司", "first", 2, "after", first.path("pageInfo").path("endCursor").asString()));
        assertThat(rest.path("edges").size()).isEqualTo(1);
        assertThat(texts(rest.path("edges"), "node.name")).doesNotContainAnyElementsOf(texts(first.path("edges"), "node.name"));
    }

    @Test
    void quotesAndLuceneSyntaxInTheTextAreSearchedLiterally() {
        assertThat(search(Map.of("text", "李\" OR name:*")).path("totalCount").asInt()).isZero();
    }

    @Test
    void badTextAndCursorsAreErrorsNamingTheArgument() {
        JsonNode empty = onlyError(post(SEARCH, Map.of("text", "  ")));
        assertThat(empty.path("extensions").path("argument").asString()).isEqualTo("text");
        assertThat(empty.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");

        JsonNode cursor = onlyError(post(SEARCH, Map.of("text", "李", "after", "bm90LWEtY3Vyc29y")));
        assertThat(cursor.path("extensions").path("argument").asString()).isEqualTo("after");
    }
}
