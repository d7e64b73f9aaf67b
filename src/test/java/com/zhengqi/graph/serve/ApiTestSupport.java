package com.zhengqi.graph.serve;

import com.zhengqi.graph.GraphQlHttp;
import com.zhengqi.graph.GraphTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the API tests: the shared application (see {@link GraphTestSupport}) with the graph
 * emptied and loaded with {@value #FIXTURE} before each test, and GraphQL posted over real HTTP.
 */
abstract class ApiTestSupport extends GraphTestSupport {

    static final String FIXTURE = "fixtures/api-fixture.cypher";
    static final String API_KEY = "test-key-7f3c9a";

    @Autowired
    CypherReads reads;

    @BeforeEach
    void loadFixture() {
        clearGraph();
        try {
            String cypher = new String(new ClassPathResource(FIXTURE).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            driver.executableQuery(cypher).execute();
            // The full-text index is eventually consistent: without this, a search right after the load may miss the fixture.
            driver.executableQuery("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").execute();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole response ({data, errors}). */
    JsonNode post(String document, Map<String, Object> variables) {
        return new GraphQlHttp(httpPort).post(document, variables);
    }

    JsonNode post(String document) {
        return post(document, Map.of());
    }

    /** The data of a response that must have no errors. */
    JsonNode data(String document, Map<String, Object> variables) {
        JsonNode response = post(document, variables);
        assertThat(response.path("errors").isMissingNode()).as("errors in %s", response).isTrue();
        return response.path("data");
    }

    JsonNode data(String document) {
        return data(document, Map.of());
    }

    /** The single error of a response that must have exactly one. */
    static JsonNode onlyError(JsonNode response) {
        assertThat(response.path("errors").size()).as("errors in %s", response).isEqualTo(1);
        return response.path("errors").get(0);
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> {
            JsonNode node = item;
            for (String part : field.split("\\.")) {
                node = node.path(part);
            }
            values.add(node.isNull() || node.isMissingNode() ? null : node.asString());
        });
        return values;
    }
}
