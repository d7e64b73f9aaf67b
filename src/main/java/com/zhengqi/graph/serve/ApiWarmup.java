package com.zhengqi.graph.serve;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Asks the explorer's arrival questions once, on a background thread, after {@code ready:}: the first
 * time a statement runs, Cypher parses and plans it, and graphql-java and the resolvers load their
 * classes; done here, an analyst's first question does not pay for it. The answers are thrown away and
 * go through no response cache; a failure only means a cold first question, so it is logged and dropped.
 */
@Component
public class ApiWarmup {

    private static final Logger LOG = LoggerFactory.getLogger(ApiWarmup.class);

    /** A name search and the explorer's first page (its overview), the two questions an analyst starts with. */
    private static final List<String> DOCUMENTS = List.of("""
            query Search {
              search(text: "a", first: 8) { totalCount nodes { id name labels } }
            }""", """
            query Overview {
              overview(first: 10) {
                counts { articles people companies governmentBodies regions projects industries amountYuan }
                officials { relationships entity { id name labels } }
                companies { relationships entity { id name labels } }
                regions { amountYuan projects projectsWithoutAmount region { id name level code parent { id } } }
              }
              projects(orderBy: AMOUNT_DESC, first: 10) { nodes { id name amountYuan status regions { name } } }
              articles(first: 10) { id title publishedOn newspaper }
            }""");

    private final ExecutionGraphQlService graphQl;

    ApiWarmup(ExecutionGraphQlService graphQl) {
        this.graphQl = graphQl;
    }

    /** Starts the warm-up and returns at once. */
    public void start() {
        Thread.ofPlatform().name("api-warmup").daemon().priority(Thread.MIN_PRIORITY).start(this::run);
    }

    private void run() {
        long started = System.nanoTime();
        for (String document : DOCUMENTS) {
            String name = document.lines().findFirst().orElse(document);
            try {
                ExecutionGraphQlResponse response = graphQl.execute(
                        new DefaultExecutionGraphQlRequest(document, null, Map.of(), Map.of(), "warmup", null)).block(Duration.ofMinutes(1));
                if (response != null && !response.getErrors().isEmpty()) {
                    LOG.debug("API warm-up: {}: {}", name, response.getErrors());
                }
            } catch (RuntimeException e) {
                LOG.debug("API warm-up: {} failed", name, e);
            }
        }
        LOG.debug("API warm-up took {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
