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

class ResumeNerFileTest {

    @TempDir
    Path dir;

    @Test
    void turnsBmesLinesIntoSentencesWithSpans() throws Exception {
        Path file = dir.resolve("dev.char.bmes");
        Files.writeString(file, """
                王 B-NAME
                强 E-NAME
                任 O
                经 B-TITLE
                理 E-TITLE

                李 S-NAME
                ， O
                """, StandardCharsets.UTF_8);

        List<LabelledSentence> sentences = ResumeNerFile.read(file, new PrintWriter(new StringWriter()));

        assertThat(sentences).containsExactly(
                new LabelledSentence("王强任经理", List.of(new EntitySpan("NAME", 0, 2, "王强"), new EntitySpan("TITLE", 3, 5, "经理"))),
                new LabelledSentence("李，", List.of(new EntitySpan("NAME", 0, 1, "李"))));
    }

    @Test
    void dropsASentenceWithABadLineAndSaysWhere() throws Exception {
        Path file = dir.resolve("bad.char.bmes");
        Files.writeString(file, "王 B-NAME\n强E-NAME\n\n李 S-NAME\n", StandardCharsets.UTF_8);
        StringWriter errors = new StringWriter();

        List<LabelledSentence> sentences = ResumeNerFile.read(file, new PrintWriter(errors, true));

        assertThat(sentences).extracting(LabelledSentence::text).containsExactly("李");
        assertThat(errors.toString()).contains(file + ":2:");
    }
}
