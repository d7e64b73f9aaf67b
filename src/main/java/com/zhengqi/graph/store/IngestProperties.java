package com.zhengqi.graph.store;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How ingest runs: {@code threads} extract files in parallel (default: every core) while one writer
 * writes batches of {@code batchSize} whole articles (default 500; 100-1,000 is the measured sweet
 * spot, see docs/store.md), or fewer when they hold more than {@code batchCharacters} of text.
 */
@ConfigurationProperties("zhengqi.ingest")
public record IngestProperties(Integer threads, Integer batchSize, Integer batchCharacters) {

    public IngestProperties {
        threads = threads == null || threads < 1 ? Runtime.getRuntime().availableProcessors() : threads;
        batchSize = batchSize == null || batchSize < 1 ? 500 : batchSize;
        batchCharacters = batchCharacters == null || batchCharacters < 1 ? 8_000_000 : batchCharacters;
    }
}
