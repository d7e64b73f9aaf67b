package com.zhengqi.graph.read.source;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationDatesTest {

    @Test
    void readsTheUsualWrittenForms() {
        assertThat(PublicationDates.find("发布时间：2012-05-07")).contains("2012-05-07");
        assertThat(PublicationDates.find("2019/7/1 10:20")).contains("2019-07-01");
        assertThat(PublicationDates.find("2018.11.30")).contains("2018-11-30");
        assertThat(PublicationDates.find("2021年10月9日 星期六")).contains("2021-10-09");
        assertThat(PublicationDates.find("二〇一九年十二月二十五日")).contains("2019-12-25");
        assertThat(PublicationDates.find("二〇二〇年三月十日")).contains("2020-03-10");
    }

    @Test
    void ignoresDatesWithoutYearAndImpossibleDates() {
        assertThat(PublicationDates.find("12月9日上午")).isEmpty();
        assertThat(PublicationDates.find("2021-02-30")).isEmpty();
        assertThat(PublicationDates.find("编号12345-6-7")).isEmpty();
    }
}
