package com.zhengqi.graph.serve;

import com.zhengqi.graph.store.DatabaseEndpoint;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import jakarta.annotation.PreDestroy;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers of queries by document, operation and variables, valid until the graph changes: every
 * committed write to the embedded database (an ingest, the mutation, or any Bolt client) empties
 * it, so an answer served from it is the answer the database would give now. With an external
 * database, whose writes this process cannot see, it stays off.
 * <p>A response is kept only if it is a query (never a mutation), has no errors, is not too large,
 * no write committed while it was computed (an answer read across a write could mix old and new
 * data), and the full-text index had caught up with every write before it started: that index is
 * eventually consistent, so right after a write a search may not find what was written yet, and
 * such an answer must not outlive the moment. After each burst of writes one background call waits
 * for the index ({@code db.index.fulltext.awaitEventuallyConsistentIndexRefresh}) and then lets
 * answers be kept again. Limits still apply: requests refused by the API key check never reach it, and a cached
 * answer was computed under the same limits. Answers that tell of more than the graph (the ingest status) are marked
 * {@link #doNotKeep}. {@code zhengqi.api.response-cache-size} bounds it
 * (0 turns it off).
 */
@Component
@Order(ResponseCache.ORDER)
class ResponseCache implements WebGraphQlInterceptor {

    /** After {@link ApiKeyInterceptor}; requests that may not read were refused before either ({@link ReadAccess}). */
    static final int ORDER = ApiKeyInterceptor.ORDER + 1;

    /** Largest answer kept, in values (scalars, lists and objects): a drawing of 100 nodes is about 1,000. */
    static final int MAX_VALUES = 5_000;

    private static final Logger LOG = LoggerFactory.getLogger(ResponseCache.class);
    private static final String NOT_KEPT = ResponseCache.class.getName() + ".notKept";

    private record Key(String document, String operationName, Map<String, Object> variables, Map<String, Object> extensions) {
    }

    private record Answer(long version, ExecutionResult result) {
    }

    private final DocumentCache documents;
    private final int maxEntries;
    private final boolean writesObserved;
    private final Driver driver;
    private final AtomicLong version = new AtomicLong();
    /** The last version the full-text index is known to have caught up with. */
    private final AtomicLong indexed = new AtomicLong();
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final ExecutorService refresher = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("response-cache-index-refresh").daemon().factory());
    private final Map<Key, Answer> answers = new ConcurrentHashMap<>();
    private volatile boolean enabled;

    ResponseCache(DocumentCache documents, DatabaseEndpoint endpoint, Driver driver, ApiProperties properties) {
        this.documents = documents;
        this.driver = driver;
        this.maxEntries = properties.responseCacheSize();
        this.writesObserved = maxEntries > 0 && endpoint.afterEveryWrite(this::graphChanged);
        this.enabled = writesObserved;
        if (maxEntries > 0 && !writesObserved) {
            LOG.info("response cache off: writes to an external database cannot be observed from here");
        }
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!enabled) {
            return chain.next(request);
        }
        Key key = new Key(request.getDocument(), request.getOperationName(), request.getVariables(), request.getExtensions());
        long started = version.get();
        Answer cached = answers.get(key);
        if (cached != null && cached.version() == started) {
            return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), cached.result())));
        }
        if (indexed.get() != started) {
            // The full-text index may not hold the last write yet: this answer may be older than the graph.
            return chain.next(request);
        }
        return chain.next(request).doOnNext(response -> keep(key, started, response));
    }

    /** Marks the answer of the current request as one to compute anew every time: it tells of something besides the graph. */
    static void doNotKeep(GraphQLContext context) {
        context.put(NOT_KEPT, true);
    }

    private void keep(Key key, long started, WebGraphQlResponse response) {
        ExecutionResult result = response.getExecutionResult();
        if (Boolean.TRUE.equals(response.getExecutionInput().getGraphQLContext().get(NOT_KEPT)) || !result.getErrors().isEmpty() || !result.isDataPresent() || result.getExtensions() != null
                || !documents.isQuery(key.document(), key.operationName()) || values(result.getData(), MAX_VALUES) > MAX_VALUES) {
            return;
        }
        makeRoom();
        answers.put(key, new Answer(started, result));
        if (version.get() != started) {
            // A write committed while this answer was computed: it may mix old and new data.
            answers.remove(key);
        }
    }

    private void graphChanged() {
        version.incrementAndGet();
        answers.clear();
        if (refreshQueued.compareAndSet(false, true)) {
            refresher.execute(this::awaitIndex);
        }
    }

    /** Waits until the full-text index holds every write committed so far, then records the version it caught up with. */
    private void awaitIndex() {
        refreshQueued.set(false);
        long caughtUp = version.get();
        try {
            driver.executableQuery("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").execute();
            indexed.accumulateAndGet(caughtUp, Math::max);
        } catch (RuntimeException e) {
            // Answers stay uncached until the next write tries again; the API itself is unaffected.
            LOG.warn("could not wait for the full-text index: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        refresher.shutdownNow();
    }

    /** Drops an arbitrary answer when full. */
    private void makeRoom() {
        Iterator<Key> keys = answers.keySet().iterator();
        while (answers.size() >= maxEntries && keys.hasNext()) {
            keys.next();
            keys.remove();
        }
    }

    /** How many values {@code data} holds, counting stops a little past {@code limit}. */
    private static int values(Object data, int limit) {
        int count = 1;
        if (data instanceof Map<?, ?> map) {
            for (Object value : map.values()) {
                count += values(value, limit - count);
                if (count > limit) {
                    break;
                }
            }
        } else if (data instanceof Collection<?> list) {
            for (Object value : list) {
                count += values(value, limit - count);
                if (count > limit) {
                    break;
                }
            }
        }
        return count;
    }

    /** Turns the cache on or off at run time (the load benchmark measures both); it stays off when writes cannot be observed. */
    void enabled(boolean on) {
        answers.clear();
        enabled = on && writesObserved;
    }

    /** Whether answers computed now would be kept: on, and the full-text index has caught up with the last write. */
    boolean keepsAnswers() {
        return enabled && indexed.get() == version.get();
    }

    /** Whether answers are being served from the cache. */
    boolean enabled() {
        return enabled;
    }
}
