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

    @Test
    void readsADateWithItsTimeGluedToTheDay() {
        assertThat(PublicationDates.find("发布日期：2024-06-2510:07:47")).contains("2024-06-25");
        assertThat(PublicationDates.locate("调研2016-08-09 15:20").orElseThrow().end()).isEqualTo("调研2016-08-09 15:20".length());
    }

    @Test
    void readsTheDateAPathOrAddressFilesAPageUnder() {
        assertThat(PublicationDates.fromAddress("http://paper.example.cn/html/2019-12/05/content_1.htm")).contains("2019-12-05");
        assertThat(PublicationDates.fromAddress("http://epaper.example.cn/201912/05/node_2.html")).contains("2019-12-05");
        assertThat(PublicationDates.fromAddress("/news/content_20191205_3.html")).contains("2019-12-05");
        assertThat(PublicationDates.fromAddress("/ldhd/201608/t20160809_101.html")).contains("2016-08-09");
        assertThat(PublicationDates.fromAddress("seeds/000_64d736ac5815972c.txt")).isEmpty();
        assertThat(PublicationDates.fromAddress("/a/20191340.html")).isEmpty();
    }

    @Test
    void infersADateOnlyFromTheOneYearTheTextNamesAndItsFirstDay() {
        assertThat(PublicationDates.inferred("12月3日，东区召开2019年招商工作总结会。")).contains("2019-12-03");
        assertThat(PublicationDates.inferred("12月3日，东区总结2019年工作，2020年将新签约项目40个。")).isEmpty();
        assertThat(PublicationDates.inferred("12月3日，东区制订2021年招商图谱。")).isEmpty();
        assertThat(PublicationDates.inferred("东区召开2019年招商工作总结会。")).isEmpty();
    }
}
