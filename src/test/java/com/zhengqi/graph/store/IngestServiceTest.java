package com.zhengqi.graph.store;

import com.zhengqi.graph.GraphTestSupport;
import com.zhengqi.graph.extract.PageExtractor;
import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.model.FileGraph;
import com.zhengqi.graph.read.source.DocumentReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest pipeline: parallel extraction in file order, batches, failures per file, progress. The
 * extractor here maps each file to a fixture article (named by the file's text), so the graph is
 * known whatever the real extractor does.
 */
class IngestServiceTest extends GraphTestSupport {

    private static final Map<String, ArticleGraph> STORY = Map.of(
            "foundry", AnyangStory.foundryPark(), "trip", AnyangStory.investmentTrip(), "knitting", AnyangStory.knittingProject(),
            "market", AnyangStory.clothingMarket(), "logistics", AnyangStory.logisticsPark(), "followUp", AnyangStory.followUp());

    /** Reads the file's text as the name of a fixture article; "boom" throws, "deep" overflows the stack. */
    private static final PageExtractor FIXTURES = (source, text) -> switch (text.strip()) {
        case "boom" -> throw new IllegalArgumentException("the extractor cannot make sense of this page");
        case "deep" -> throw new StackOverflowError();
        default -> new FileGraph(source, List.of(STORY.get(text.strip())));
    };

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

    private void page(String file, String text) throws IOException {
        Path path = folder.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private void story() throws IOException {
        page("2020/01-foundry.txt", "foundry");
        page("2020/02-trip.txt", "trip");
        page("2021/01-knitting.txt", "knitting");
        page("2021/02-market.txt", "market");
        page("2021/03-logistics.txt", "logistics");
        page("2021/04-followUp.txt", "followUp");
        page(".hidden/ignored.txt", "boom");
    }

    private IngestSummary ingest(int threads, int batchSize, IngestListener listener) {
        return new IngestService(FIXTURES, writer, reader, new IngestProperties(threads, batchSize, null), new IngestActivity()).ingest(List.of(folder), listener);
    }

    @Test
    void manyThreadsAndSmallBatchesGiveTheSameGraphAsOneThreadAndOneBatch() throws IOException {
        story();
        IngestSummary parallel = ingest(3, 2, new IngestListener() { });
        assertThat(parallel.written().articlesWritten()).isEqualTo(6);
        assertThat(parallel.files()).as("hidden folders are not read").isEqualTo(6);
        List<String> graph = GraphSnapshot.of(driver);

        clearGraph();
        ingest(1, 500, new IngestListener() { });

        assertThat(GraphSnapshot.of(driver)).isEqualTo(graph);
    }

    @Test
    void aFileThatCannotBeReadOrExtractedIsNamedAndTheOthersAreWritten() throws IOException {
        story();
        page("2021/05-boom.txt", "boom");
        page("2021/06-deep.txt", "deep");
        Files.write(folder.resolve("2021/07-binary.txt"), new byte[]{'G', 'I', 'F', '8', '9', 'a', 0, 0, 1, 2});
        List<IngestSummary.FileFailure> heard = new ArrayList<>();
        List<IngestProgress> progress = new ArrayList<>();

        IngestSummary summary = ingest(2, 4, new IngestListener() {
            @Override
            public void progress(IngestProgress p) {
                progress.add(p);
            }

            @Override
            public void failed(IngestSummary.FileFailure failure) {
                heard.add(failure);
            }
        });

        assertThat(summary.written().articlesWritten()).isEqualTo(6);
        assertThat(summary.failures()).extracting(f -> Path.of(f.file()).getFileName().toString())
                .containsExactly("05-boom.txt", "06-deep.txt", "07-binary.txt");
        assertThat(summary.failures().get(0).reason()).contains("cannot make sense");
        assertThat(summary.failures().get(2).reason()).contains("binary");
        assertThat(heard).isEqualTo(summary.failures());
        assertThat(progress.getLast().filesDone()).isEqualTo(9);
        assertThat(progress.getLast().filesTotal()).isEqualTo(9);
        assertThat(progress.getLast().articles()).isEqualTo(6);
        assertThat(summary.line()).contains("6 article(s) written").contains("3 failure(s)");
    }

    @Test
    void ingestingSeedsAgainSkipsEveryArticleAndSaysSo() {
        IngestSummary first = ingest(SEEDS);
        List<String> graph = GraphSnapshot.of(driver);

        IngestSummary again = ingest(SEEDS);

        assertThat(first.written().articlesWritten()).isPositive();
        assertThat(again.written().articlesWritten()).isZero();
        assertThat(again.written().articlesSkipped()).isEqualTo(first.written().articlesWritten());
        assertThat(again.line()).contains("0 article(s) written, %d already in the graph (skipped)".formatted(first.written().articlesWritten()));
        assertThat(GraphSnapshot.of(driver)).isEqualTo(graph);
        assertThat(first.characters()).isEqualTo(charactersOfSeeds());
        assertThat(first.articlesPerSecond()).isPositive();
    }

    private long charactersOfSeeds() {
        try (var files = Files.list(SEEDS)) {
            long characters = 0;
            for (Path file : files.toList()) {
                characters += reader.read(file).stream().mapToLong(d -> d.text().length()).sum();
            }
            return characters;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
