package com.zhengqi.graph.extract;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** Random and hostile Unicode never makes the extractor throw, and every relationship keeps its evidence. */
class HostileTextProperties {

    private final NewsPageExtractor extractor = new NewsPageExtractor();

    @Property(tries = 200)
    void anyTextGivesAGraphWithEvidence(@ForAll("hostile") String text) {
        var graph = extractor.extract("random.txt", text);
        graph.articles().forEach(a -> a.relationships().forEach(r ->
                assertThat(r.properties().get("evidence")).isNotNull()));
    }

    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(300);
        Arbitrary<String> domain = Arbitraries.strings()
                .withChars("区委书记县长镇和李王有限公司集团项目工程投资亿元万美元等、，。（）()“”《》0123456789.\n 　\uD83D\uDE00\u0000\uFEFF")
                .ofMaxLength(300);
        return Arbitraries.oneOf(anything, domain);
    }
}
