package com.zhengqi.graph.serve;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * Reads the API key of each HTTP request once and records in the GraphQL context whether it was
 * accepted; mutations check that flag ({@link #keyAccepted}). When queries are closed by
 * configuration, a request without an accepted key is answered with an UNAUTHORIZED error and runs
 * nothing.
 */
@Component
@Order(ApiKeyInterceptor.ORDER)
class ApiKeyInterceptor implements WebGraphQlInterceptor {

    /** First of the API's interceptors: nothing else runs for a request it refuses. */
    static final int ORDER = 0;

    static final String KEY_ACCEPTED = ApiKeyInterceptor.class.getName() + ".keyAccepted";

    private final ApiKeys keys;
    private final boolean openQueries;

    ApiKeyInterceptor(ApiKeys keys, ApiProperties properties) {
        this.keys = keys;
        this.openQueries = properties.openQueries();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        boolean accepted = keys.accepts(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION));
        if (!openQueries && !accepted) {
            ExecutionResult refused = ExecutionResult.newExecutionResult()
                    .addError(GraphqlErrorBuilder.newError().errorType(ErrorType.UNAUTHORIZED)
                            .message("this API needs an API key: send Authorization: Bearer <key>").build())
                    .build();
            return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), refused)));
        }
        request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(KEY_ACCEPTED, accepted)).build());
        return chain.next(request);
    }

    /** Whether the current request carried an accepted API key. */
    static boolean keyAccepted(graphql.GraphQLContext context) {
        return Boolean.TRUE.equals(context.get(KEY_ACCEPTED));
    }
}
