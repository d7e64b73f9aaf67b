package com.zhengqi.graph.serve;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.TransactionTerminatedException;
import org.neo4j.graphdb.QueryExecutionException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Turns exceptions of data fetchers into GraphQL errors a client can act on: the API's own
 * {@link ApiException}s as they are, a statement stopped by the request timeout (in this process or
 * over Bolt) as a timeout, and anything else as an internal error whose details go to the log only.
 */
@Component
class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

    private static final Log LOG = LogFactory.getLog(ApiExceptionResolver.class);

    private final ApiProperties properties;

    ApiExceptionResolver(ApiProperties properties) {
        this.properties = properties;
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof ApiException api) {
            return GraphqlErrorBuilder.newError(env).errorType(api.type()).message(api.getMessage())
                    .extensions(api.extensions()).build();
        }
        if (isTimeout(ex)) {
            return GraphqlErrorBuilder.newError(env).errorType(ErrorType.INTERNAL_ERROR)
                    .message("request timeout: the query ran longer than " + properties.timeout().toMillis() + " ms and was stopped")
                    .extensions(Map.of("timeout", true)).build();
        }
        LOG.error("GraphQL field " + env.getExecutionStepInfo().getPath() + " failed", ex);
        return null;
    }

    private static boolean isTimeout(Throwable ex) {
        return ex instanceof TransactionTerminatedException
                || ex instanceof ClientException client && client.code() != null && client.code().contains("Timeout")
                || ex instanceof org.neo4j.graphdb.TransactionTerminatedException
                || ex instanceof QueryExecutionException query && query.getStatusCode() != null && query.getStatusCode().contains("Timeout")
                || ex instanceof RequestDeadline.Exceeded;
    }
}
