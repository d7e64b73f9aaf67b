package com.zhengqi.graph.ner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClueNerFileTest {

    @TempDir
    Path dir;

    @Test
    void readsSpansWithInclusiveEndsAsHalfOpenOnes() throws Exception {
        Path file = write("""
                {"text": "记者李明说", "label": {"position": {"记者": [[0, 1]]}, "name": {"李明": [[2, 3]]}}}
                {"text": "没有实体"}
                """);

        List<LabelledSentence> sentences = ClueNerFile.read(file, new PrintWriter(new StringWriter()));

        assertThat(sentences).containsExactly(
                new LabelledSentence("记者李明说", List.of(new EntitySpan("position", 0, 2, "记者"), new EntitySpan("name", 2, 4, "李明"))),
                new LabelledSentence("没有实体", List.of()));
    }

    @Test
    void reportsBadLinesWithTheirNumberAndKeepsTheRest() throws Exception {
        Path file = write("""
                {"text": "记者李明说", "label": {"name": {"李明": [[2, 3]]}}}
                {"text": "broken
                {"text": "记者李明说", "label": {"name": {"李明": [[1, 2]]}}}
                {"label": {}}
                {"text": "张三来了", "label": {"name": {"张三": [[0, 1]]}}}
                """);
        StringWriter errors = new StringWriter();

        List<LabelledSentence> sentences = ClueNerFile.read(file, new PrintWriter(errors, true));

        assertThat(sentences).extracting(LabelledSentence::text).containsExactly("记者李明说", "张三来了");
        assertThat(errors.toString()).contains(file + ":2:", file + ":3:", "does not match", file + ":4:", "no \"text\"");
    }

    private Path write(String content) throws Exception {
        Path file = dir.resolve("sample.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
