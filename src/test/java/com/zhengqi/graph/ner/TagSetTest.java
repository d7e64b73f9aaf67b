package com.zhengqi.graph.ner;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TagSetTest {

    private final TagSet tags = new TagSet(List.of("name", "position"));

    @Test
    void encodesSpansAsBioesAndDecodesThemBack() {
        String text = "记者李明说";
        List<EntitySpan> spans = List.of(new EntitySpan("position", 0, 2, "记者"), new EntitySpan("name", 2, 4, "李明"));

        int[] encoded = tags.encode(text.length(), spans);

        assertThat(names(tags, encoded)).containsExactly("B-position", "E-position", "B-name", "E-name", "O");
        assertThat(tags.decode(text, encoded)).isEqualTo(spans);
    }

    @Test
    void oneCharacterEntitiesGetSingleTags() {
        int[] encoded = tags.encode(3, List.of(new EntitySpan("name", 1, 2, "李")));

        assertThat(names(tags, encoded)).containsExactly("O", "S-name", "O");
    }

    @Test
    void leavesOutUnknownLabelsAndOverlappingSpans() {
        int[] encoded = tags.encode(4, List.of(new EntitySpan("name", 0, 2, "李明"), new EntitySpan("name", 1, 3, "明天"),
                new EntitySpan("movie", 3, 4, "X")));

        assertThat(names(tags, encoded)).containsExactly("B-name", "E-name", "O", "O");
    }

    @Test
    void anOpenEntityMayOnlyContinueWithItsOwnLabel() {
        int beginName = tags.encode(2, List.of(new EntitySpan("name", 0, 2, "李明")))[0];
        int endName = tags.encode(2, List.of(new EntitySpan("name", 0, 2, "李明")))[1];
        int endPosition = tags.encode(2, List.of(new EntitySpan("position", 0, 2, "记者")))[1];

        assertThat(tags.allowed(beginName, endName)).isTrue();
        assertThat(tags.allowed(beginName, endPosition)).isFalse();
        assertThat(tags.allowed(beginName, TagSet.OUTSIDE)).isFalse();
        assertThat(tags.allowed(-1, endName)).isFalse();
        assertThat(tags.mayEnd(beginName)).isFalse();
        assertThat(tags.mayEnd(endName)).isTrue();
    }

    /** Tag numbers as names, for readable assertions. */
    private static List<String> names(TagSet tags, int[] encoded) {
        return Arrays.stream(encoded).mapToObj(tags::name).toList();
    }
}
