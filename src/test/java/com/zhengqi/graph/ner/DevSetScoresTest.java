package com.zhengqi.graph.ner;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Scores the bundled model on the public dev sets when they are present beside the project
 * (../shared/datasets, or $ZHENGQI_DATASETS); skipped otherwise. The floors sit a little under
 * the figures in docs/ner.md, so a change that costs accuracy fails here.
 */
class DevSetScoresTest {

    @Test
    void clueNerDevMicroF1OverTheMainLabelsStaysAboveTheFloor() throws Exception {
        Path dev = Datasets.clueNerDev();
        assumeTrue(Files.exists(dev), "no " + dev.toAbsolutePath());
        StringWriter errors = new StringWriter();
        List<LabelledSentence> sentences = ClueNerFile.read(dev, new PrintWriter(errors));

        SpanScores scores = SpanScores.of(PerceptronEntityTagger.shared(), sentences);

        assertThat(errors.toString()).isEmpty();
        assertThat(sentences).hasSize(1343);
        assertThat(scores.micro(TrainNer.MAIN_LABELS).f1()).isGreaterThanOrEqualTo(0.75);
        for (String label : TrainNer.MAIN_LABELS) {
            assertThat(scores.of(label).f1()).as(label).isGreaterThanOrEqualTo(0.70);
        }
    }

    /** Résumés are text the model never saw in training: this guards names and titles out of domain. */
    @Test
    void resumeNerDevNamesAndTitlesStayAboveTheFloor() throws Exception {
        Path dev = Datasets.resumeNerDev();
        assumeTrue(Files.exists(dev), "no " + dev.toAbsolutePath());
        List<LabelledSentence> sentences = ResumeNerFile.read(dev, new PrintWriter(new StringWriter()));

        SpanScores scores = SpanScores.of(text -> NerBenchmark.asResume(PerceptronEntityTagger.shared().tag(text)), sentences);

        assertThat(sentences).hasSize(463);
        assertThat(scores.of("NAME").f1()).isGreaterThanOrEqualTo(0.80);
        assertThat(scores.of("TITLE").f1()).isGreaterThanOrEqualTo(0.62);
        assertThat(scores.micro(List.of("NAME", "TITLE", "ORG")).f1()).isGreaterThanOrEqualTo(0.62);
    }
}
