package com.zhengqi.graph.find;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates in every written form, resolved against an article dated 2019-12-05 or none; texts written for the test. */
class DateFinderTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 12, 5);
    private final DateFinder finder = new DateFinder();

    private StatedDate only(String text, LocalDate published) {
        List<DateMention> found = finder.find(text, published);
        assertThat(found).hasSize(1);
        return found.getFirst().value();
    }

    @Test
    void aFullDayWithItsYearIsADay() {
        assertThat(only("2019年12月1日，青山县举行签约仪式。", null)).isEqualTo(StatedDate.day(LocalDate.of(2019, 12, 1)));
    }

    @Test
    void daysWrittenInFiguresAreDays() {
        assertThat(only("签约时间为2019-12-01。", null).date()).isEqualTo(LocalDate.of(2019, 12, 1));
        assertThat(only("签约时间为2019.12.1。", null).date()).isEqualTo(LocalDate.of(2019, 12, 1));
    }

    @Test
    void aRunOfDaysKeepsItsLastDay() {
        StatedDate run = only("12月1日至4日，县长带队赴外地招商。", PUBLISHED);
        assertThat(run.date()).isEqualTo(LocalDate.of(2019, 12, 1));
        assertThat(run.dateEnd()).isEqualTo(LocalDate.of(2019, 12, 4));
        assertThat(run.precision()).isEqualTo(StatedDate.Precision.DAY);
        assertThat(run.properties("")).containsEntry("dateEnd", "2019-12-04").containsEntry("datePrecision", "DAY");
    }

    @Test
    void aDayWithoutItsYearTakesTheYearNearestTheArticle() {
        assertThat(only("12月28日，项目开工。", LocalDate.of(2020, 1, 3)).date()).isEqualTo(LocalDate.of(2019, 12, 28));
        assertThat(only("3月2日，项目开工。", PUBLISHED).date()).isEqualTo(LocalDate.of(2020, 3, 2));
    }

    @Test
    void aDayWithoutItsYearInAnUndatedArticleTakesTheYearOfItsFirstFullDate() {
        List<DateMention> found = finder.find("2018年6月1日，县里召开大会。6月3日，项目签约。", null);
        assertThat(found).extracting(d -> d.value().date()).containsExactly(LocalDate.of(2018, 6, 1), LocalDate.of(2018, 6, 3));
    }

    @Test
    void aDayWithoutAnyYearIsWrittenButUnresolved() {
        List<DateMention> found = finder.find("12月1日，项目签约。", null);
        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("12月1日");
            assertThat(d.resolved()).isFalse();
        });
    }

    @Test
    void thirdsOfAMonthAreRunsOfDays() {
        StatedDate early = only("12月上旬，项目投产。", PUBLISHED);
        assertThat(early.date()).isEqualTo(LocalDate.of(2019, 12, 1));
        assertThat(early.dateEnd()).isEqualTo(LocalDate.of(2019, 12, 10));
        StatedDate late = only("2019年2月下旬，项目竣工。", null);
        assertThat(late.date()).isEqualTo(LocalDate.of(2019, 2, 21));
        assertThat(late.dateEnd()).isEqualTo(LocalDate.of(2019, 2, 28));
    }

    @Test
    void aMonthAQuarterAndAYearAreSpansOfTheirPrecision() {
        StatedDate month = only("2019年11月，项目签约。", null);
        assertThat(month).isEqualTo(StatedDate.span(LocalDate.of(2019, 11, 1), LocalDate.of(2019, 11, 30), StatedDate.Precision.MONTH));
        StatedDate quarter = only("2019年一季度，全县签约项目10个。", null);
        assertThat(quarter).isEqualTo(StatedDate.span(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 3, 31), StatedDate.Precision.QUARTER));
        StatedDate year = only("2018年，全县引进项目20个。", null);
        assertThat(year).isEqualTo(StatedDate.span(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31), StatedDate.Precision.YEAR));
        StatedDate months = only("1至8月，全县签约项目12个。", PUBLISHED);
        assertThat(months).isEqualTo(StatedDate.span(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 8, 31), StatedDate.Precision.MONTH));
    }

    @Test
    void wordsRelativeToTheArticleMoveItsDate() {
        assertThat(only("昨日，县长会见了客商。", PUBLISHED)).isEqualTo(StatedDate.day(LocalDate.of(2019, 12, 4)));
        assertThat(only("今日上午，项目开工。", PUBLISHED)).isEqualTo(StatedDate.day(PUBLISHED));
        assertThat(only("上月，项目签约。", PUBLISHED).date()).isEqualTo(LocalDate.of(2019, 11, 1));
        assertThat(only("今年3月，项目签约。", PUBLISHED).date()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(only("去年，项目签约。", PUBLISHED).precision()).isEqualTo(StatedDate.Precision.YEAR);
        assertThat(only("上月28日，项目签约。", PUBLISHED)).isEqualTo(StatedDate.day(LocalDate.of(2019, 11, 28)));
    }

    @Test
    void recentlyIsOnOrBeforeTheArticlesDate() {
        StatedDate recently = only("日前，县长带队赴外地考察。", PUBLISHED);
        assertThat(recently.onOrBefore()).isTrue();
        assertThat(recently.properties("")).containsEntry("date", "2019-12-05").containsEntry("dateOnOrBefore", true);
    }

    @Test
    void relativeWordsInAnUndatedArticleStayUnresolved() {
        assertThat(finder.find("昨日，县长会见了客商。", null)).singleElement().satisfies(d -> assertThat(d.resolved()).isFalse());
    }

    @Test
    void numbersThatAreNoDatesAreNotRead() {
        assertThat(finder.find("项目投资3.5亿元，占地120亩，建设期3个月。", PUBLISHED)).isEmpty();
        assertThat(finder.find("12月1日，项目签约。", PUBLISHED)).hasSize(1);
    }

    @Test
    void theEndOfAYearIsItsLastQuarterAndItsStartItsFirst() {
        StatedDate end = only("项目预计2020年底竣工投产。", null);
        assertThat(end.date()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(end.dateEnd()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(end.precision()).isEqualTo(StatedDate.Precision.QUARTER);
        assertThat(only("今年年初，园区启动建设。", PUBLISHED).date()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(only("去年底，园区启动建设。", PUBLISHED).date()).isEqualTo(LocalDate.of(2018, 10, 1));
    }

    @Test
    void aYearEndWithoutItsYearIsTheArticlesYearNotTheNearest() {
        // 年底前建成 in a January article is the coming December, though the last one is nearer
        assertThat(only("厂房计划年底前建成。", LocalDate.of(2020, 1, 3)).date()).isEqualTo(LocalDate.of(2020, 10, 1));
    }

    @Test
    void everyYearsEndAndPreliminaryAreNoYearParts() {
        assertThat(finder.find("企业每年年底上报产值。", PUBLISHED)).isEmpty();
        List<DateMention> preliminary = finder.find("今年初步统计，签约项目30个。", PUBLISHED);
        assertThat(preliminary).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("今年");
            assertThat(d.value().precision()).isEqualTo(StatedDate.Precision.YEAR);
        });
    }
}
