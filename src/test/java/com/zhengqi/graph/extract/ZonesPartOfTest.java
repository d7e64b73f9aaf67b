package com.zhengqi.graph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zones PART_OF their city or county (空港经济区, 经济技术开发区, 风景旅游开发区, a county's 工业园区 as written) and a
 * village PART_OF the town written before it. Sentences written for the test; the zones and villages are invented.
 */
class ZonesPartOfTest {

    @Test
    void theZonesOfACityArePartOfIt() {
        Extracted e = Extracted.from("黄冈市空港经济区、黄冈经济技术开发区和黄冈市风景旅游开发区的负责人参加了会议。");
        assertThat(e.facts).contains("PART_OF 黄冈市空港经济区 -> 黄冈市", "PART_OF 黄冈经济技术开发区 -> 黄冈市",
                "PART_OF 黄冈市风景旅游开发区 -> 黄冈市");
    }

    @Test
    void aCountysZoneKeepsTheCountysNameAsWritten() {
        Extracted e = Extracted.from("会上，郸城县工业园区和郸城县产业集聚区的企业代表作了发言。");
        assertThat(e.facts).contains("PART_OF 郸城县工业园区 -> 郸城县", "PART_OF 郸城县产业集聚区 -> 郸城县");
    }

    @Test
    void aVillageWrittenAfterItsTownIsPartOfIt() {
        Extracted e = Extracted.from("调研组来到广东省怀集县永固镇多福村，察看了生猪养殖项目。");
        assertThat(e.facts).contains("PART_OF 多福村 -> 永固镇", "PART_OF 永固镇 -> 怀集县");
    }

    @Test
    void phrasesAboutVillagesMakeNoVillage() {
        Extracted e = Extracted.from("怀集县永固镇各村都在推进新农村建设，永固镇农村面貌一新。调研组来到怀集县永固镇多福村。");
        assertThat(e.names("Region")).doesNotContain("各村", "新农村", "农村").contains("多福村");
    }
}
