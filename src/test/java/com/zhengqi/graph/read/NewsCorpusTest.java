package com.zhengqi.graph.read;

import com.zhengqi.graph.model.ArticleText;
import com.zhengqi.graph.model.ArticleText.Credit;
import com.zhengqi.graph.model.ArticleText.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shared corpus of real web news pages (not in the repository: their copyright stays with the
 * publishers; looked for in ../shared or ../../shared beside the checkout, skipped when absent). Each
 * file is one article whose first line is its headline.
 */
class NewsCorpusTest {

    private static final PageSplitter SPLITTER = new PageSplitter();

    private static Optional<Path> corpus() {
        return Stream.of("../shared/corpus/news", "../../shared/corpus/news").map(Path::of).filter(Files::isDirectory).findFirst();
    }

    private static List<Path> pages() throws IOException {
        Optional<Path> folder = corpus();
        assumeTrue(folder.isPresent(), "shared news corpus not found beside the checkout");
        try (Stream<Path> files = Files.list(folder.get())) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void everyPageIsOneArticleTitledByItsFirstLine() throws IOException {
        List<Path> pages = pages();
        TextCleaner cleaner = new TextCleaner();
        for (Path page : pages) {
            String raw = Files.readString(page);
            List<ArticleText> articles = SPLITTER.split(raw);
            String firstLine = cleaner.clean(raw).lines().filter(l -> !l.isBlank()).findFirst().orElseThrow();
            assertThat(articles).as(page.getFileName().toString()).singleElement()
                    .extracting(ArticleText::title).isEqualTo(firstLine);
        }
    }

    @Test
    void readsTheStatedDatesSourcesAndAuthors() throws IOException {
        List<Path> pages = pages();
        for (Path page : pages) {
            String raw = Files.readString(page);
            ArticleText article = SPLITTER.split(raw).getFirst();
            boolean statesDate = raw.contains("发布时间") || raw.contains("发稿时间");
            assertThat(article.publishedOn() != null).as(page.getFileName() + " date").isEqualTo(statesDate);
            assertThat(article.text()).as(page.getFileName().toString()).doesNotContain("发布时间", "发布人", "发稿时间");
        }
        ArticleText sourced = pages.stream().filter(p -> p.getFileName().toString().startsWith("11_")).findFirst()
                .map(NewsCorpusTest::only).orElseThrow();
        assertThat(sourced.newspaper()).isEqualTo("21世纪经济报道");
        assertThat(sourced.credits()).containsExactly(new Credit("赵飞飞", Role.REPORTER), new Credit("闫艺铭", Role.REPORTER));
        assertThat(sourced.text()).doesNotContain("本文来源");
    }

    private static ArticleText only(Path page) {
        try {
            return SPLITTER.split(Files.readString(page)).getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
