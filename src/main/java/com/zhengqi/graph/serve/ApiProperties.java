package com.zhengqi.graph.serve;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Settings of the GraphQL API ({@code zhengqi.api.*}).
 *
 * @param keys          API keys accepted in {@code Authorization: Bearer <key>} ({@code ZHENGQI_API_KEYS},
 *                      comma-separated); mutations need one, and so does serving beyond loopback. With none
 *                      configured, mutations are refused.
 * @param key           the former name of a single key ({@code ZHENGQI_API_KEY}), still accepted and added to
 *                      {@code keys}; {@link ApiKeys} logs that it is deprecated
 * @param openQueries   whether reads work without a key; null (not configured) means: open when the server
 *                      listens on loopback only, closed otherwise ({@link ReadAccess})
 * @param maxDepth      deepest selection a document may nest
 * @param maxComplexity highest cost a document may have: each field costs 1, list fields with
 *                      {@code first} or {@code limit} multiply what they select by it
 * @param maxPageSize   highest {@code first} any list accepts
 * @param timeout       longest a request may run; each Cypher statement gets this as its
 *                      transaction timeout, and fields still to fetch after it fail
 * @param responseCacheSize most query answers kept until the graph changes (default 1000; 0 turns
 *                      the cache off; it is always off with an external database): {@link ResponseCache}
 */
@ConfigurationProperties("zhengqi.api")
public record ApiProperties(List<String> keys, @Nullable String key, @Nullable Boolean openQueries, Integer maxDepth, Integer maxComplexity,
                            Integer maxPageSize, Duration timeout, Integer responseCacheSize) {

    public ApiProperties {
        keys = Stream.concat(keys == null ? Stream.<String>empty() : keys.stream(), key == null ? Stream.<String>empty() : Stream.of(key))
                .map(String::strip).filter(k -> !k.isEmpty()).toList();
        maxDepth = maxDepth == null ? 15 : maxDepth;
        maxComplexity = maxComplexity == null ? 5000 : maxComplexity;
        maxPageSize = maxPageSize == null ? 100 : maxPageSize;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        responseCacheSize = responseCacheSize == null ? 1000 : Math.max(0, responseCacheSize);
    }
}
