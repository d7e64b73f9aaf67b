package com.zhengqi.graph.store;

import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.resolve.identity.EntityResolver;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.Consumer;

/**
 * Writes whole articles to Neo4j with their entities resolved across articles. An ingest run opens a
 * {@link BatchWriter} and writes batch after batch through it; {@link #write} does one batch on its own.
 */
@Component
class GraphWriter {

    private final Driver driver;
    private final EntityResolver resolver;

    public GraphWriter(Driver driver, EntityResolver resolver) {
        this.driver = driver;
        this.resolver = resolver;
    }

    /** Writes one batch; an article that cannot be written fails the call. */
    public WriteResult write(List<ArticleGraph> articles) {
        try (BatchWriter writer = open(failure -> {
            throw new IllegalStateException(failure.file() + ": " + failure.reason());
        })) {
            return writer.write(articles);
        }
    }

    /**
     * A writer for one run: reads what the graph holds once, then keeps it current as it writes.
     * Articles that cannot be written go to {@code failures} with their source; the run goes on.
     */
    public BatchWriter open(Consumer<IngestSummary.FileFailure> failures) {
        return new BatchWriter(driver, resolver, failures);
    }
}
