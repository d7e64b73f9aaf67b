package com.zhengqi.graph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code extract --format json}: the contract of graph-model.md, one line per file. */
class ExtractCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void printsOneJsonLineWithTheContractsKeysForASeedPage() {
        int exit = run("extract", "--format", "json", "seeds/000_64d736ac5815972c.txt");

        assertThat(exit).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode doc = JsonMapper.builder().build().readTree(lines.getFirst());
        assertThat(doc.path("source").asString()).isEqualTo("seeds/000_64d736ac5815972c.txt");
        assertThat(doc.path("articles").isArray()).isTrue();
        assertThat(doc.path("articles").size()).isPositive();
        for (JsonNode article : doc.path("articles")) {
            assertThat(article.has("id") && article.has("title") && article.has("nodes") && article.has("relationships")).isTrue();
            assertThat(article.path("id").asString()).matches("[0-9a-f]{64}");
            for (JsonNode node : article.path("nodes")) {
                assertThat(node.has("id") && node.path("labels").isArray() && node.path("properties").isObject()).isTrue();
            }
            for (JsonNode rel : article.path("relationships")) {
                assertThat(rel.has("type") && rel.has("start") && rel.has("end")).isTrue();
                assertThat(rel.path("properties").path("articleId").asString()).isEqualTo(article.path("id").asString());
                assertThat(rel.path("properties").path("evidence").asString()).isNotBlank();
            }
        }
    }

    @Test
    void walksFoldersAndReportsAnUnreadablePathWithoutStoppingTheBatch(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "区委书记张三主持会议。");
        Files.writeString(dir.resolve("b.txt"), "市长李四会见客商。");

        int exit = run("extract", dir.toString(), dir.resolve("missing.txt").toString());

        assertThat(exit).isEqualTo(ExitCodes.SOME_FILES_FAILED);
        assertThat(err.toString()).contains("missing.txt");
        assertThat(out.toString().lines()).hasSize(2);
    }
}
