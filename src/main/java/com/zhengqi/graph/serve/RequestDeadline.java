package com.zhengqi.graph.serve;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;

import java.time.Duration;

/**
 * The request timeout on the GraphQL side: once a request has run longer than the limit, every
 * field still to be fetched fails with a timeout error instead of starting more database work.
 * (Each statement is also bounded by the same limit as its transaction timeout: {@link CypherReads}.)
 */
final class RequestDeadline extends SimplePerformantInstrumentation {

    /** Raised by a field fetched after the deadline; reported as a timeout by {@link ApiExceptionResolver}. */
    static final class Exceeded extends RuntimeException {
        Exceeded() {
            super("request timeout", null, false, false);
        }
    }

    private record Started(long nanos) implements InstrumentationState {
    }

    private final long limitNanos;

    RequestDeadline(Duration limit) {
        this.limitNanos = limit.toNanos();
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Started(System.nanoTime());
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        if (!(state instanceof Started started) || parameters.isTrivialDataFetcher()) {
            return dataFetcher;
        }
        return guarded(dataFetcher, started.nanos());
    }

    /** The fetcher, failing instead of running once the request started at {@code startedNanos} is over the limit. */
    DataFetcher<?> guarded(DataFetcher<?> dataFetcher, long startedNanos) {
        return environment -> {
            if (System.nanoTime() - startedNanos > limitNanos) {
                throw new Exceeded();
            }
            return dataFetcher.get(environment);
        };
    }
}
