package com.zhengqi.graph.extract;

import com.zhengqi.graph.model.GraphNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A development zone's node carries the name the article writes it by, and the gazetteer's as officialName. */
class ZoneNamesTest {

    @Test
    void aZoneWrittenInItsShortFormIsNamedSoWithTheOfficialNameKept() {
        Extracted e = Extracted.from("唐山高新区签约一批智能装备项目\n唐山高新区党工委书记周立群会见了客商。");

        GraphNode zone = e.node("Region", "唐山高新区");
        assertThat(zone.properties()).containsEntry("officialName", "唐山高新技术产业开发区").containsEntry("level", "ZONE");
        assertThat(e.facts).contains("PART_OF 唐山高新区 -> 唐山市");
        assertThat(e.names("Region")).doesNotContain("唐山高新技术产业开发区");
    }

    @Test
    void aBareZoneEndingIsNoNameOfItsOwn() {
        Extracted e = Extracted.from("唐山市招商引资再获突破\n唐山高新技术产业开发区新签约项目12个。高新区将优化服务。");

        assertThat(e.names("Region")).contains("唐山高新技术产业开发区").doesNotContain("高新区");
    }
}
