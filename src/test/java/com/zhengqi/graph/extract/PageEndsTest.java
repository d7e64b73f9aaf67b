package com.zhengqi.graph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a page cut off mid-sentence still says; texts written for the test. */
class PageEndsTest {

    @Test
    void aShortLastLineCutMidSentenceIsStillPartOfTheArticle() {
        Extracted e = Extracted.from("汤阴县领导赴外地招商\n5月8日至10日，汤阴县考察组赴宁波、温州开展招商活动，对接项目8个。\n"
                + "县委常委、副县长孙立群，县商务局局长");
        assertThat(e.facts).anyMatch(f -> f.startsWith("LEADS 孙立群 -> 汤阴县") && f.endsWith("副县长"));
    }

    @Test
    void aShortLastLineWithoutClauseMarksAddsNothing() {
        Extracted e = Extracted.from("汤阴县领导赴外地招商\n5月8日至10日，汤阴县考察组赴宁波、温州开展招商活动，对接项目8个。\n相关新闻");
        assertThat(e.facts).noneMatch(f -> f.contains("相关新闻"));
        assertThat(e.names("Region")).contains("汤阴县");
    }
}
