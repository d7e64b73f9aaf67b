package com.zhengqi.graph.read;

import com.zhengqi.graph.find.PersonNames;
import com.zhengqi.graph.model.ArticleText.Credit;
import com.zhengqi.graph.model.ArticleText.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageMetadataReaderTest {

    private static final PageMetadataReader READER =
            PageMetadataReader.fromLexicons(CreditParser.fromLexicons(new PersonNames()));

    @Test
    void readsLabelledDates() {
        assertThat(READER.read("发布时间：2015-08-17").orElseThrow().publishedOn()).contains("2015-08-17");
        assertThat(READER.read("发稿时间：2019/7/1").orElseThrow().publishedOn()).contains("2019-07-01");
    }

    @Test
    void readsThePaperFromASourceThatEndsLikeAMediaName() {
        assertThat(READER.read("来源：南湖晚报 作者：秦岭").orElseThrow().newspaper()).contains("南湖晚报");
        assertThat(READER.read("来源：南湖晚报 作者：秦岭").orElseThrow().credits()).containsExactly(new Credit("秦岭", Role.REPORTER));
        assertThat(READER.read("发布人：-东方网").orElseThrow().newspaper()).contains("东方网");
        assertThat(READER.read("来源：市商务局").orElseThrow().newspaper()).isEmpty();
        assertThat(READER.read("发布人：-").orElseThrow().newspaper()).isEmpty();
    }

    @Test
    void readsADateBeforeOrAfterTheLabels() {
        PageMetadataReader.Found found = READER.read("2016年04月12日 09:30 来源：东方网").orElseThrow();
        assertThat(found.publishedOn()).contains("2016-04-12");
        assertThat(found.newspaper()).contains("东方网");
        assertThat(READER.read("来源：东方网 2016-04-12 09:30").orElseThrow().publishedOn()).contains("2016-04-12");
        assertThat(READER.read("4月12日上午，来源：不明的消息称项目已签约。")).isEmpty();
    }

    @Test
    void readsABracketedSourceWithAuthors() {
        PageMetadataReader.Found found = READER.read("(本文来源：江南商报作者：邹平 柳青)").orElseThrow();
        assertThat(found.newspaper()).contains("江南商报");
        assertThat(found.credits()).containsExactly(new Credit("邹平", Role.REPORTER), new Credit("柳青", Role.REPORTER));
    }

    @Test
    void readsTheCreditsWrittenAfterTheSourcesName() {
        PageMetadataReader.Found found = READER.read("来源：东乡融媒体中心 记者：韩立新 通讯员：宋雨").orElseThrow();
        assertThat(found.credits()).containsExactly(new Credit("韩立新", Role.REPORTER), new Credit("宋雨", Role.CORRESPONDENT));
        assertThat(READER.read("(来源：东乡融媒体中心 记者 韩立新)").orElseThrow().credits()).containsExactly(new Credit("韩立新", Role.REPORTER));
        // a source written in two words names nobody
        assertThat(READER.read("来源：东乡县人民政府 办公室").orElseThrow().credits()).isEmpty();
    }

    @Test
    void readsSeveralBracketedGroupsOnOneLine() {
        PageMetadataReader.Found found = READER.read("【作者：韩立新】【来源：东乡县招商局】").orElseThrow();
        assertThat(found.credits()).containsExactly(new Credit("韩立新", Role.REPORTER));
        assertThat(READER.read("【发布时间：2019-12-05】【来源：东乡日报】").orElseThrow().publishedOn()).contains("2019-12-05");
    }

    @Test
    void readsPageHeaders() {
        PageMetadataReader.Found found = READER.read("江城日报 2019年3月6日 星期三 第5版").orElseThrow();
        assertThat(found.publishedOn()).contains("2019-03-06");
        assertThat(found.newspaper()).contains("江城日报");
        assertThat(READER.read("江城日报").orElseThrow().newspaper()).contains("江城日报");
    }

    @Test
    void dropsAddressAndMailLines() {
        assertThat(READER.read("电子邮箱: editor@example.com")).isPresent();
        assertThat(READER.read("http://www.example.com/news/1.html")).isPresent();
    }

    @Test
    void leavesNewsAlone() {
        assertThat(READER.read("时间：3月5日上午，会议在东区召开。")).isEmpty();
        assertThat(READER.read("2019年，园区新签约项目12个，总投资56亿元。")).isEmpty();
        assertThat(READER.read("图说新闻")).isEmpty();
    }

    @Test
    void dropsSiteFurnitureLines() {
        for (String line : List.of("当前位置：首页 > 新闻中心 > 政务要闻", "首页 > 新闻中心", "【打印本页】【关闭窗口】", "【字体：大 中 小】",
                "共25条记录 首页 上一页 1 2 3 下一页 尾页", "版权所有：东区人民政府办公室", "豫ICP备05012345号 技术支持：某某网络公司",
                "上一篇：东区召开项目推进会", "主办单位：东区人民政府办公室 承办单位：东区大数据中心")) {
            assertThat(READER.read(line)).as(line).contains(PageMetadataReader.Found.NOTHING);
        }
    }

    @Test
    void readsALineOfADateAndAColumnNameAsTheDate() {
        assertThat(READER.read("2022-02-24").orElseThrow().publishedOn()).contains("2022-02-24");
        assertThat(READER.read("| 招商动态 |2016-05-19").orElseThrow().publishedOn()).contains("2016-05-19");
        assertThat(READER.read("2024-06-03 15:13:15").orElseThrow().publishedOn()).contains("2024-06-03");
        assertThat(READER.read("县委书记邓建华莅临某公司调研2016-08-09 15:20")).isEmpty();
        assertThat(READER.read("2019年12月5日上午，")).isEmpty();
        assertThat(READER.read("投资额>10亿元的项目")).isEmpty();
    }
}
