package com.zhengqi.graph.extract;

import com.zhengqi.graph.RandomInputs;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and hostile Unicode never makes the extractor throw, and every relationship keeps its evidence.
 * Each repetition draws its text from a {@link RandomInputs} seeded with the repetition's number.
 */
class HostileTextProperties {

    private static final String DOMAIN_CHARS = "区委书记县长镇和李王有限公司集团项目工程投资亿元万美元等、，。（）()“”《》0123456789.\n 　\uD83D\uDE00\u0000\uFEFF";

    private final NewsPageExtractor extractor = new NewsPageExtractor();

    @RepeatedTest(value = 200, name = "seed {currentRepetition}")
    void anyTextGivesAGraphWithEvidence(RepetitionInfo seed) {
        RandomInputs random = new RandomInputs(seed.getCurrentRepetition());
        String text = random.oneOf(() -> random.anyChars(300), () -> random.charsFrom(DOMAIN_CHARS, 300));
        var graph = extractor.extract("random.txt", text);
        graph.articles().forEach(a -> a.relationships().forEach(r ->
                assertThat(r.properties().get("evidence")).isNotNull()));
    }
}
