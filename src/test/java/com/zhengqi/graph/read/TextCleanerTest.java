package com.zhengqi.graph.read;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void turnsFullWidthDigitsAndLettersHalfWidth() {
        assertThat(cleaner.clean("新区投资１２０亿元建设ＬＥＤ项目")).isEqualTo("新区投资120亿元建设LED项目");
    }

    @Test
    void turnsFullWidthBracketsAndPercentIntoAscii() {
        assertThat(cleaner.clean("某某科技（南京）有限公司增长１５％")).isEqualTo("某某科技(南京)有限公司增长15%");
    }

    @Test
    void givesChinesePunctuationItsFullWidthFormNextToChinese() {
        assertThat(cleaner.clean("项目是关键,服务是保障;你说呢?好!地点:东区"))
                .isEqualTo("项目是关键，服务是保障；你说呢？好！地点：东区");
    }

    @Test
    void keepsAsciiCommaAndColonBetweenDigitsAndInLatinText() {
        assertThat(cleaner.clean("志愿者2,000余人次，会议12:30开始")).isEqualTo("志愿者2,000余人次，会议12:30开始");
        assertThat(cleaner.clean("Haier, Inc. (Tianjin)")).isEqualTo("Haier, Inc. (Tianjin)");
    }

    @Test
    void makesEverySpaceAPlainSpaceAndCollapsesRuns() {
        assertThat(cleaner.clean("记者\u3000王　军\u00A0\u00A0报道")).isEqualTo("记者 王 军 报道");
    }

    @Test
    void dropsSpacesBesideChinesePunctuationAndBracketsButLeavesThoseBesideQuotesToTheParagraph() {
        assertThat(cleaner.clean("园区 ， 位于东区 。 南侧 ( 原厂区 )")).isEqualTo("园区，位于东区。南侧(原厂区)");
        assertThat(cleaner.clean("民生添“温度” 服务暖寒冬")).isEqualTo("民生添“温度” 服务暖寒冬");
    }

    @Test
    void normalisesLineBreaksAndTrimsLines() {
        assertThat(cleaner.clean("  第一行  \r\n第二行\r第三行\u2028第四行")).isEqualTo("第一行\n第二行\n第三行\n第四行");
    }

    @Test
    void dropsControlZeroWidthAndUnpairedSurrogateCharacters() {
        assertThat(cleaner.clean("招\u200B商\uFEFF引\u0007资\uD800")).isEqualTo("招商引资");
    }

    @Test
    void unifiesMiddleDots() {
        assertThat(cleaner.clean("阿不都•热合曼在蓝城・小镇")).isEqualTo("阿不都·热合曼在蓝城·小镇");
    }

    @Test
    void cleaningTwiceChangesNothing() {
        String once = cleaner.clean("投资 １０ 亿元 , 占地（约）５００亩 ; 2,000 人\r\n  下一行 ：完");
        assertThat(cleaner.clean(once)).isEqualTo(once);
    }

    @Test
    void returnsEmptyForNullAndEmpty() {
        assertThat(cleaner.clean(null)).isEmpty();
        assertThat(cleaner.clean("")).isEmpty();
    }
}
