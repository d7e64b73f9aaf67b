package com.zhengqi.graph.store;

import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.read.ReadFailures;
import com.zhengqi.graph.resolve.identity.EntityResolver;
import com.zhengqi.graph.resolve.identity.IdentityIndex;
import com.zhengqi.graph.resolve.identity.ResolvedArticle;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes the batches of one ingest run, one managed transaction per batch of whole articles: the
 * driver retries it on transient errors (a deadlock, a cluster leader switch), and an article is in
 * the graph completely or not at all. Articles already in the graph are skipped. A batch that fails
 * for good is written again article by article, so one bad article costs only itself.
 * Used by one thread; close it when the run ends.
 */
final class BatchWriter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(BatchWriter.class);

    private final Session session;
    private final EntityResolver resolver;
    private final Consumer<IngestSummary.FileFailure> failures;
    private IdentityIndex index;

    BatchWriter(Driver driver, EntityResolver resolver, Consumer<IngestSummary.FileFailure> failures) {
        // One session for the run: on a cluster its bookmarks make every batch see the ones before it.
        this.session = driver.session();
        this.resolver = resolver;
        this.failures = failures;
        this.index = IdentityIndexLoader.load(session, resolver);
    }

    public WriteResult write(List<ArticleGraph> articles) {
        if (articles.isEmpty()) {
            return WriteResult.NONE;
        }
        Map<String, ArticleGraph> unique = new LinkedHashMap<>();
        articles.forEach(a -> unique.putIfAbsent(a.id(), a));
        Set<String> present = presentIds(List.copyOf(unique.keySet()));
        List<ArticleGraph> fresh = unique.values().stream().filter(a -> !present.contains(a.id())).toList();
        WriteResult skipped = new WriteResult(0, articles.size() - fresh.size(), 0, 0, 0, 0);
        return fresh.isEmpty() ? skipped : skipped.plus(writeFresh(fresh));
    }

    private WriteResult writeFresh(List<ArticleGraph> fresh) {
        try {
            List<ResolvedArticle> resolved = fresh.stream().map(a -> resolver.resolve(a, index)).toList();
            WritePlan plan = WritePlan.of(resolved);
            WritePlan.Counts c = session.executeWrite(plan::run);
            return new WriteResult(fresh.size(), 0, 0, c.nodesCreated(), c.relationshipsCreated(), c.nodesJoined());
        } catch (RuntimeException e) {
            // The index took in what was never committed; what the graph holds is the truth again.
            index = IdentityIndexLoader.load(session, resolver);
            if (fresh.size() == 1) {
                ArticleGraph article = fresh.getFirst();
                log.debug("article {} of {} not written", article.id(), article.source(), e);
                failures.accept(new IngestSummary.FileFailure(article.source(),
                        "article " + article.id().substring(0, 12) + " (" + article.title() + ") not written: " + ReadFailures.describe(e)));
                return new WriteResult(0, 0, 1, 0, 0, 0);
            }
            log.warn("a batch of {} articles failed ({}); writing them one by one", fresh.size(), ReadFailures.describe(e));
            WriteResult result = WriteResult.NONE;
            for (ArticleGraph article : fresh) {
                result = result.plus(writeFresh(List.of(article)));
            }
            return result;
        }
    }

    private Set<String> presentIds(List<String> ids) {
        return new HashSet<>(session.executeRead(tx -> tx.run(WritePlan.KEEP_PLAN + "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id",
                Map.of("ids", ids)).list(r -> r.get("id").asString())));
    }

    /** Ends the run: waits until the full-text index shows everything written, so a search right after finds it. */
    @Override
    public void close() {
        try {
            session.run("CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()").consume();
        } catch (RuntimeException e) {
            log.debug("could not wait for the full-text index to catch up", e);
        } finally {
            session.close();
        }
    }
}
