package com.zhengqi.graph.serve;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/** API keys and closing queries by configuration, without a server. */
class ApiKeysTest {

    private static ApiProperties properties(List<String> keys, boolean openQueries) {
        return new ApiProperties(keys, null, openQueries, null, null, null, null, null);
    }

    @Test
    void onlyAConfiguredKeyAfterBearerIsAccepted() {
        ApiKeys keys = new ApiKeys(properties(List.of("k-one", " k-two "), true));
        assertThat(keys.accepts("Bearer k-one")).isTrue();
        assertThat(keys.accepts("bearer k-two")).isTrue();
        assertThat(keys.accepts("Bearer k-on")).isFalse();
        assertThat(keys.accepts("Bearer k-one2")).isFalse();
        assertThat(keys.accepts("Basic k-one")).isFalse();
        assertThat(keys.accepts("k-one")).isFalse();
        assertThat(keys.accepts(null)).isFalse();
        assertThat(new ApiKeys(properties(List.of(), true)).accepts("Bearer ")).isFalse();
    }

    @Test
    void theSingleKeyOfTheExposureCheckCountsToo() {
        ApiKeys keys = new ApiKeys(new ApiProperties(List.of("k-one"), "k-single-0123456789", true, null, null, null, null, null));
        assertThat(keys.accepts("Bearer k-single-0123456789")).isTrue();
        assertThat(keys.accepts("Bearer k-one")).isTrue();
    }

    @Test
    void closedQueriesAreRefusedWithoutAKeyAndRunWithOne() {
        ApiKeys keys = new ApiKeys(properties(List.of("k-one"), false));
        ApiKeyInterceptor interceptor = new ApiKeyInterceptor(keys, properties(List.of("k-one"), false));

        AtomicBoolean ran = new AtomicBoolean();
        WebGraphQlResponse refused = interceptor.intercept(request(null), r -> {
            ran.set(true);
            return Mono.empty();
        }).block();
        assertThat(ran).isFalse();
        assertThat(refused.getErrors()).singleElement()
                .satisfies(e -> assertThat(e.getErrorType().toString()).isEqualTo("UNAUTHORIZED"));

        interceptor.intercept(request("Bearer k-one"), r -> {
            ran.set(true);
            return Mono.empty();
        }).block();
        assertThat(ran).isTrue();
    }

    private static WebGraphQlRequest request(String authorization) {
        HttpHeaders headers = new HttpHeaders();
        if (authorization != null) {
            headers.add(HttpHeaders.AUTHORIZATION, authorization);
        }
        return new WebGraphQlRequest(URI.create("http://127.0.0.1/graphql"), headers, null, null, Map.of(),
                Map.of("query", "{ stats { nodes } }"), "1", null);
    }
}
