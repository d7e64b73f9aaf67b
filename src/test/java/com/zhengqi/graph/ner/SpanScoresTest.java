package com.zhengqi.graph.ner;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SpanScoresTest {

    @Test
    void countsOnlyExactLabelStartAndEnd() {
        SpanScores scores = new SpanScores();
        scores.add(List.of(new EntitySpan("name", 0, 2, "李明"), new EntitySpan("position", 2, 4, "记者")),
                List.of(new EntitySpan("name", 0, 2, "李明"), new EntitySpan("position", 2, 5, "记者说"),
                        new EntitySpan("company", 6, 8, "华为")));

        assertThat(scores.of("name").f1()).isEqualTo(1.0);
        assertThat(scores.of("position").f1()).isEqualTo(0.0);
        SpanScores.Score micro = scores.micro(List.of("name", "position", "company"));
        assertThat(micro.precision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(micro.recall()).isCloseTo(1 / 2.0, within(1e-9));
        assertThat(micro.f1()).isCloseTo(0.4, within(1e-9));
        assertThat(scores.table(List.of("name", "position"))).contains("name", "micro");
    }
}
