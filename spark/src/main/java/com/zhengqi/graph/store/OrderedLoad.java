package com.zhengqi.graph.store;

import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.resolve.identity.EntityResolver;
import org.neo4j.driver.Driver;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The writer half of {@code ingest} for the Spark job: files' articles come in, in ingest's file order,
 * and are resolved and written in the same batches, by the same {@link BatchWriter}, after the same schema.
 * Ingest decides ids article by article (the first spelling of an entity names it), so the same order and
 * the same batches give the same graph, however the extraction before it was partitioned.
 *
 * <p>It lives in the store package, in the Spark module, because the writer's classes are package-private in
 * the main project: this keeps the main jar's API as it is.
 */
public final class OrderedLoad implements AutoCloseable {

    private final BatchWriter batches;
    private final IngestProperties properties = new IngestProperties(null, null, null);
    private List<ArticleGraph> batch = new ArrayList<>();
    private long batchCharacters;
    private WriteResult written = WriteResult.NONE;
    private long writeNanos;

    private OrderedLoad(BatchWriter batches) {
        this.batches = batches;
    }

    /** Applies the schema to the graph {@code driver} reaches, then reads what it holds for resolution. */
    public static OrderedLoad open(Driver driver, EntityResolver resolver, Consumer<IngestSummary.FileFailure> failures) {
        new GraphSchema(driver).apply();
        return new OrderedLoad(new BatchWriter(driver, resolver, failures));
    }

    /** One file's articles; a batch is written once it is full, between files, as ingest does. */
    public void addFile(List<ArticleGraph> articles) {
        for (ArticleGraph article : articles) {
            batch.add(article);
            batchCharacters += article.text() == null ? 0 : article.text().length();
        }
        if (batch.size() >= properties.batchSize() || batchCharacters >= properties.batchCharacters()) {
            flush();
        }
    }

    /** Writes what is left; returns what the whole load did. */
    public WriteResult finish() {
        flush();
        return written;
    }

    public double writeSeconds() {
        return writeNanos / 1e9;
    }

    public int batchSize() {
        return properties.batchSize();
    }

    private void flush() {
        long t = System.nanoTime();
        written = written.plus(batches.write(batch));
        writeNanos += System.nanoTime() - t;
        batch = new ArrayList<>();
        batchCharacters = 0;
    }

    @Override
    public void close() {
        batches.close();
    }
}
