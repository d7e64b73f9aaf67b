package com.zhengqi.graph.serve;

import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * Reads the API key of each HTTP request once and records in the GraphQL context whether it was
 * accepted; mutations check that flag ({@link #keyAccepted}). Whether a request may read at all is
 * decided before it gets here, by {@link ReadAccess}.
 */
@Component
@Order(ApiKeyInterceptor.ORDER)
class ApiKeyInterceptor implements WebGraphQlInterceptor {

    /** First of the API's interceptors: the flag is set before any other runs. */
    static final int ORDER = 0;

    static final String KEY_ACCEPTED = ApiKeyInterceptor.class.getName() + ".keyAccepted";

    private final ApiKeys keys;

    ApiKeyInterceptor(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        boolean accepted = keys.accepts(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(KEY_ACCEPTED, accepted)).build());
        return chain.next(request);
    }

    /** Whether the current request carried an accepted API key. */
    static boolean keyAccepted(graphql.GraphQLContext context) {
        return Boolean.TRUE.equals(context.get(KEY_ACCEPTED));
    }
}
