package com.zhengqi.graph.store;

import com.zhengqi.graph.GraphTestSupport;
import com.zhengqi.graph.extract.PageExtractor;
import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.model.FileGraph;
import com.zhengqi.graph.model.GraphRelationship;
import com.zhengqi.graph.read.source.DocumentReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.zhengqi.graph.store.ArticleFixture.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The writer thread of an ingest run: what it cannot write is reported for the right file on the run's
 * own thread while the rest lands, a writer that fails for good ends the run naming the batch's files
 * (no hang, nothing swallowed), and a writer that cannot keep up holds the run back instead of letting
 * batches pile up, writing them in the order they were handed over. Real embedded Neo4j, invented names.
 */
class WriterThreadTest extends GraphTestSupport {

    @Autowired
    GraphWriter writer;

    @Autowired
    DocumentReader reader;

    @TempDir
    Path folder;

    @BeforeEach
    void emptyGraph() {
        clearGraph();
    }

    /** An article of its own for each page, named by the page's text. */
    private static ArticleGraph story(String name) {
        return article(name, "2024-05-0" + (1 + Math.abs(name.hashCode()) % 9), "青柳日报")
                .region("r1", "青柳区", "419901", "COUNTY").person("p1", "穆远航")
                .leads("p1", "r1", "区委书记", "区委书记穆远航调研" + name + "。").build();
    }

    /** "bad…" pages give an article no database accepts (a relationship type with spaces); "null…" one without id. */
    private static final PageExtractor FIXTURES = (source, text) -> {
        ArticleGraph a = story(text.strip());
        ArticleGraph sourced = text.startsWith("bad")
                ? new ArticleGraph(a.id(), a.title(), source, a.publishedOn(), a.newspaper(), a.text(), a.nodes(),
                        List.of(new GraphRelationship("NOT A TYPE", "p1", "r1", Map.of("evidence", "?"))))
                : new ArticleGraph(text.startsWith("null") ? null : a.id(), a.title(), source, a.publishedOn(), a.newspaper(),
                        a.text(), a.nodes(), a.relationships());
        return new FileGraph(source, List.of(sourced));
    };

    private void pages(String... texts) throws IOException {
        for (int i = 0; i < texts.length; i++) {
            Files.writeString(folder.resolve("%02d-%s.txt".formatted(i + 1, texts[i])), texts[i]);
        }
    }

    private IngestSummary ingest(int batchSize, IngestListener listener) {
        return new IngestService(FIXTURES, writer, reader, new IngestProperties(2, batchSize, null), new IngestActivity())
                .ingest(List.of(folder), listener);
    }

    @Test
    void anArticleTheWriterCannotWriteIsReportedForItsFileOnTheRunsThreadAndTheRestOfTheBatchLands() throws IOException {
        pages("alpha", "bad", "gamma", "delta");
        List<String> heardOn = new ArrayList<>();
        List<IngestSummary.FileFailure> heard = new ArrayList<>();

        IngestSummary summary = ingest(500, new IngestListener() {
            @Override
            public void failed(IngestSummary.FileFailure failure) {
                heard.add(failure);
                heardOn.add(Thread.currentThread().getName());
            }
        });

        assertThat(summary.written().articlesWritten()).isEqualTo(3);
        assertThat(summary.written().articlesFailed()).isEqualTo(1);
        assertThat(summary.failures()).singleElement().satisfies(f -> {
            assertThat(Path.of(f.file()).getFileName()).hasToString("02-bad.txt");
            assertThat(f.reason()).contains("not written").contains("NOT A TYPE");
        });
        assertThat(heard).isEqualTo(summary.failures());
        assertThat(heardOn).as("the listener hears the writer's failures on the thread that called ingest")
                .containsExactly(Thread.currentThread().getName());
        assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(3);
        assertThat(count("MATCH (a:Article) WHERE a.source ENDS WITH '02-bad.txt' RETURN count(a)")).isZero();
        assertThat(count("MATCH (:Person {name: '穆远航'})-[x:LEADS]->(:Region {code: '419901'}) RETURN x.articleCount")).isEqualTo(3);
    }

    @Test
    void aWriterThatFailsForGoodEndsTheRunWithTheBatchsFileNamedAndWhatWasWrittenBeforeStays() throws IOException {
        pages("alpha", "null", "gamma", "delta", "epsilon");

        assertThatThrownBy(() -> ingest(1, new IngestListener() { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("writing 1 article(s) of ").hasMessageContaining("02-null.txt").hasMessageContaining("failed");

        assertThat(count("MATCH (a:Article) WHERE a.source ENDS WITH '01-alpha.txt' RETURN count(a)"))
                .as("the batch before the failure is in the graph, whole").isEqualTo(1);
        assertThat(count("MATCH (a:Article) WHERE a.source ENDS WITH '02-null.txt' RETURN count(a)")).isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aWriterThatCannotKeepUpHoldsTheRunBackAndWritesTheBatchesInTheOrderHandedOver() throws Exception {
        // The first batch knows 青柳区 without a code; the last one with it: written in that order, the coded
        // region absorbs the uncoded one (mergedFrom); in the other order there would be nothing to absorb.
        ArticleGraph uncoded = article("无码", "2024-01-01").region("r1", "青柳区", null, "COUNTY").build();
        List<List<ArticleGraph>> batches = List.of(List.of(uncoded), List.of(story("甲")), List.of(story("乙")),
                List.of(story("丙")), List.of(article("有码", "2024-02-01").region("r1", "青柳区", "419901", "COUNTY").build()));
        List<WriterThread.Outcome> outcomes = new ArrayList<>();

        try (WriterThread writing = new WriterThread(writer, 2)) {
            try (Session session = driver.session(); Transaction lock = session.beginTransaction()) {
                // An uncommitted article of the same id: the writer's first MERGE waits on its unique-constraint lock.
                lock.run("CREATE (:Article {id: $id})", Map.of("id", uncoded.id())).consume();
                Thread handing = Thread.ofPlatform().daemon().start(() -> batches.forEach(writing::write));
                Thread.State state = waitUntilBlockedOrDone(handing);

                assertThat(state).as("five batches, one being written and room for two: handing over the rest waits")
                        .isEqualTo(Thread.State.WAITING);
                assertThat(count("MATCH (a:Article) RETURN count(a)")).as("nothing is written past the batch in hand").isZero();

                lock.rollback();
                handing.join();
            }
            writing.finish(outcomes::add);
        }

        assertThat(outcomes).hasSize(5).allSatisfy(o -> assertThat(o.written().articlesWritten()).isEqualTo(1));
        assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(5);
        assertThat(count("MATCH (r:Region {name: '青柳区'}) RETURN count(r)")).isEqualTo(1);
        assertThat((List<Object>) GraphSnapshot.node(driver, "region:419901").get("mergedFrom")).singleElement().asString()
                .startsWith("region:name:青柳区 [region-code]");
    }

    /** Waits (no time limit of its own: the test's) until {@code thread} parks or ends, and says which. */
    private static Thread.State waitUntilBlockedOrDone(Thread thread) throws InterruptedException {
        while (true) {
            Thread.State state = thread.getState();
            if (state == Thread.State.WAITING || state == Thread.State.TERMINATED) {
                return state;
            }
            Thread.sleep(20);
        }
    }
}
