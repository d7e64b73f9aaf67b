package com.zhengqi.graph.serve;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;

import java.util.List;
import java.util.Map;

/**
 * Bounds the length of every String and ID argument of every field, in input objects and lists too, before the
 * field's fetcher runs: a search for a megabyte of text once built a Lucene phrase of a million terms and ran the
 * server out of heap. Over its limit an argument fails with BAD_REQUEST naming it and the limit. Limits:
 * {@value #SEARCH_TEXT} characters for {@code search(text:)}, the mutation's own limit for
 * {@code ingestArticle(text:)}, {@value #DEFAULT_LIMIT} for any other (ids, names, titles, cursors, sources),
 * as for the ids of {@code /export}.
 */
final class ArgumentLengths extends SimplePerformantInstrumentation {

    static final int SEARCH_TEXT = 100;
    static final int DEFAULT_LIMIT = 500;
    private static final Map<String, Integer> LIMITS = Map.of(
            "Query.search.text", SEARCH_TEXT,
            "Mutation.ingestArticle.text", IngestController.MAX_TEXT);

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        if (parameters.getExecutionStepInfo().getFieldDefinition().getArguments().isEmpty()) {
            return dataFetcher;
        }
        return environment -> {
            check(environment);
            return dataFetcher.get(environment);
        };
    }

    private static void check(DataFetchingEnvironment environment) {
        String field = environment.getExecutionStepInfo().getObjectType().getName() + "." + environment.getField().getName() + ".";
        environment.getArguments().forEach((name, value) -> check(name, value, LIMITS.getOrDefault(field + name, DEFAULT_LIMIT)));
    }

    private static void check(String argument, Object value, int limit) {
        switch (value) {
            case String text when text.length() > limit ->
                    throw ApiException.badArgument(argument, "is longer than " + limit + " characters (" + text.length() + ")");
            case Map<?, ?> fields -> fields.forEach((name, inner) -> check(argument + "." + name, inner, DEFAULT_LIMIT));
            case List<?> items -> items.forEach(item -> check(argument, item, limit));
            case null, default -> {
            }
        }
    }
}
