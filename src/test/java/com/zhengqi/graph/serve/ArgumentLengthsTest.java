package com.zhengqi.graph.serve;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every String and ID argument has a length limit (issue 16.4: a search for a megabyte of text took 8.7 s and
 * 1.6 GB of heap, six at once ran the server out of memory).
 */
class ArgumentLengthsTest extends ApiTestSupport {

    @Test
    void aMegabyteSearchIsRefusedNamingTheArgumentAndItsLimitWithoutTouchingTheHeap() {
        Runtime runtime = Runtime.getRuntime();
        long usedBefore = runtime.totalMemory() - runtime.freeMemory();

        JsonNode error = onlyError(post("query($text: String!) { search(text: $text) { totalCount } }", Map.of("text", "a".repeat(1_000_000))));

        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.path("extensions").path("argument").asString()).isEqualTo("text");
        assertThat(error.path("message").asString()).isEqualTo("text: is longer than " + ArgumentLengths.SEARCH_TEXT + " characters (1000000)");
        long usedAfter = runtime.totalMemory() - runtime.freeMemory();
        assertThat(usedAfter - usedBefore).as("heap growth").isLessThan(500L << 20);
    }

    @Test
    void aSearchAtTheLimitRuns() {
        JsonNode data = data("query($text: String!) { search(text: $text) { totalCount } }", Map.of("text", "富".repeat(ArgumentLengths.SEARCH_TEXT)));
        assertThat(data.path("search").path("totalCount").asInt()).isZero();
        assertThat(data("{ search(text: \"富生\") { totalCount } }").path("search").path("totalCount").asInt()).isPositive();
    }

    @Test
    void idsNamesAndFieldsOfInputObjectsAreBoundedToo() {
        String long501 = "x".repeat(ArgumentLengths.DEFAULT_LIMIT + 1);
        Map<String, String> arguments = Map.of(
                "query($v: ID!) { person(id: $v) { name } }", "id",
                "query($v: String!) { industry(name: $v) { name } }", "name",
                "query($v: String!) { officials(region: \"北关区\", title: $v) { title } }", "title",
                "query($v: String) { projects(filter: {region: $v}) { totalCount } }", "filter.region",
                "query($v: String) { projects(after: $v) { totalCount } }", "after");
        arguments.forEach((document, argument) -> {
            JsonNode error = onlyError(post(document, Map.of("v", long501)));
            assertThat(error.path("extensions").path("classification").asString()).as(document).isEqualTo("BAD_REQUEST");
            assertThat(error.path("message").asString()).as(document)
                    .isEqualTo(argument + ": is longer than " + ArgumentLengths.DEFAULT_LIMIT + " characters (501)");
        });
        assertThat(data("query($v: ID!) { person(id: $v) { name } }", Map.of("v", "person:李富生@北关区")).path("person").path("name").asString())
                .isEqualTo("李富生");
    }
}
