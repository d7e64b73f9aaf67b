package com.zhengqi.graph.serve;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PathsApiTest extends ApiTestSupport {

    private static final String LI = "person:李富生@北关区";

    private static final String PATHS = """
            query($from: ID!, $to: ID!, $maxLength: Int, $first: Int) {
              shortestPaths(fromId: $from, toId: $to, maxLength: $maxLength, first: $first) {
                length
                nodes { id name distance }
                edges { id type source target label evidence articleId }
              }
            }""";

    @Test
    void twoArticlesReportingTheSamePostGiveTwoChainsEachWithItsOwnSentence() {
        JsonNode paths = data(PATHS, Map.of("from", LI, "to", "org:北关区商务局")).path("shortestPaths");

        assertThat(paths.size()).isEqualTo(2);
        Set<String> sentences = new HashSet<>();
        for (JsonNode path : paths) {
            assertThat(path.path("length").asInt()).isEqualTo(2);
            assertThat(texts(path.path("nodes"), "name")).containsExactly("李富生", "北关区", "北关区商务局");
            assertThat(texts(path.path("edges"), "type")).containsExactly("LEADS", "PART_OF");
            sentences.add(path.path("edges").get(0).path("evidence").asString());
        }
        assertThat(sentences).as("one chain per LEADS relationship").hasSize(2);
    }

    @Test
    void firstBoundsTheChainsAndAPairWithoutAChainGetsNone() {
        assertThat(data(PATHS, Map.of("from", LI, "to", "org:北关区商务局", "first", 1)).path("shortestPaths").size()).isEqualTo(1);

        JsonNode none = data(PATHS, Map.of("from", LI, "to", "org:北关区商务局", "maxLength", 1)).path("shortestPaths");
        assertThat(none.isArray()).isTrue();
        assertThat(none.size()).as("two relationships apart, one allowed").isZero();
    }

    @Test
    void anUnknownEndIsNotFoundNamingTheArgument() {
        JsonNode error = onlyError(post(PATHS, Map.of("from", LI, "to", "org:nobody")));
        assertThat(error.path("extensions").path("argument").asString()).isEqualTo("toId");
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("NOT_FOUND");
        assertThat(error.path("message").asString()).contains("org:nobody");
    }
}
