package com.zhengqi.graph.extract;

import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.model.GraphNode;
import com.zhengqi.graph.model.GraphRelationship;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates on visits, investments and project statuses, from their sentence or the article; articles written for the test. */
class EventDatesTest {

    private static final NewsPageExtractor EXTRACTOR = new NewsPageExtractor();
    /** A headline and an article date, so that the next line is read as the body of an article of 2019-12-06. */
    private static final String DATED_HEADLINE = "汤阴县招商活动\n发布时间：2019年12月6日\n";

    private static List<GraphRelationship> relations(String text, String type) {
        ArticleGraph article = EXTRACTOR.extract("test.txt", text).articles().getFirst();
        return article.relationships().stream().filter(r -> r.type().equals(type)).toList();
    }

    private static GraphNode node(String text, String name) {
        ArticleGraph article = EXTRACTOR.extract("test.txt", text).articles().getFirst();
        return article.nodes().stream().filter(n -> name.equals(n.name())).findFirst().orElseThrow();
    }

    @Test
    void aVisitTakesTheRunOfDaysItsSentenceStates() {
        List<GraphRelationship> visits = relations(DATED_HEADLINE
                + "12月1日至4日，汤阴县县长王海涛一行先后到远景动力电池有限公司、蓝海新材料股份有限公司等企业考察。", "VISITED");
        assertThat(visits).hasSize(2).allSatisfy(v -> assertThat(v.properties())
                .containsEntry("date", "2019-12-01").containsEntry("dateEnd", "2019-12-04")
                .containsEntry("datePrecision", "DAY").containsEntry("dateText", "12月1日至4日"));
    }

    @Test
    void anInvestmentTakesTheDayOfItsSigning() {
        List<GraphRelationship> investments = relations("2019年11月8日，远景动力电池有限公司投资5亿元的汤阴县动力电池项目正式签约。", "INVESTS_IN");
        assertThat(investments).singleElement().satisfies(i -> assertThat(i.properties())
                .containsEntry("date", "2019-11-08").containsEntry("datePrecision", "DAY"));
    }

    @Test
    void aProjectsStatusKeepsTheDateOfTheSentenceThatStatesIt() {
        GraphNode project = node("2019年一季度，远景动力电池有限公司投资5亿元的汤阴县动力电池项目开工建设。", "汤阴县动力电池项目");
        assertThat(project.properties()).containsEntry("status", "UNDER_CONSTRUCTION")
                .containsEntry("statusDate", "2019-01-01").containsEntry("statusDateEnd", "2019-03-31")
                .containsEntry("statusDatePrecision", "QUARTER");
    }

    @Test
    void anUndatedHeadlineVisitHappenedOnOrBeforeTheArticlesDate() {
        List<GraphRelationship> visits = relations("汤阴县县长王海涛到远景动力电池有限公司考察\n发布时间：2019-12-06\n"
                + "汤阴县县长王海涛到远景动力电池有限公司考察，察看了生产车间。", "VISITED");
        assertThat(visits).isNotEmpty().allSatisfy(v -> assertThat(v.properties())
                .containsEntry("date", "2019-12-06").containsEntry("dateOnOrBefore", true));
    }

    @Test
    void yesterdayIsTheDayBeforeTheArticle() {
        List<GraphRelationship> visits = relations("汤阴县招商活动\n发布时间：2019-12-06\n"
                + "开幕式后，县里召开座谈会。昨日，汤阴县县长王海涛到远景动力电池有限公司考察。", "VISITED");
        assertThat(visits).singleElement().satisfies(v -> assertThat(v.properties())
                .containsEntry("date", "2019-12-05").containsEntry("dateText", "昨日"));
    }

    @Test
    void aDayWithoutYearInAnUndatedArticleIsKeptAsWrittenOnly() {
        List<GraphRelationship> visits = relations("12月1日，汤阴县县长王海涛到远景动力电池有限公司考察。", "VISITED");
        assertThat(visits).singleElement().satisfies(v -> {
            assertThat(v.properties()).containsEntry("dateText", "12月1日");
            assertThat(v.properties()).doesNotContainKey("date");
        });
    }

    @Test
    void aVisitWhoseSentenceStatesNoDateGetsNone() {
        List<GraphRelationship> visits = relations("汤阴县招商活动\n发布时间：2019-12-06\n开幕式后，县里召开座谈会。"
                + "会后，汤阴县县长王海涛到远景动力电池有限公司考察。", "VISITED");
        assertThat(visits).singleElement().satisfies(v -> assertThat(v.properties().keySet()).doesNotContain("date", "dateText"));
        assertThat(relations("5月3日，汤阴县县长王海涛到远景动力电池有限公司考察。", "VISITED"))
                .singleElement().satisfies(v -> assertThat(v.properties()).containsKey("dateText"));
    }


    @Test
    void aDateInALaterClauseDatesAnotherEventNotTheInvestment() {
        List<GraphRelationship> investments = relations(DATED_HEADLINE
                + "远景动力电池有限公司投资5亿元建设汤阴县动力电池项目，项目预计今年年底竣工投产。", "INVESTS_IN");
        assertThat(investments).isNotEmpty().allSatisfy(i -> assertThat(i.properties().keySet()).doesNotContain("date", "dateText"));
    }

    @Test
    void aDateInTheInvestmentsOwnClauseDatesIt() {
        List<GraphRelationship> investments = relations(DATED_HEADLINE
                + "今年3月，远景动力电池有限公司投资5亿元建设汤阴县动力电池项目，项目预计今年年底竣工投产。", "INVESTS_IN");
        assertThat(investments).isNotEmpty().allSatisfy(i -> assertThat(i.properties())
                .containsEntry("date", "2019-03-01").containsEntry("datePrecision", "MONTH").containsEntry("dateText", "今年3月"));
    }

    @Test
    void theDateThatOpensAParagraphDatesTheVisitsOfItsNextSentences() {
        List<GraphRelationship> visits = relations(DATED_HEADLINE
                + "12月1日至4日，汤阴县县长王海涛率团赴深圳招商。期间，王海涛先后到远景动力电池有限公司、蓝海新材料股份有限公司考察。", "VISITED");
        assertThat(visits).hasSize(2).allSatisfy(v -> assertThat(v.properties())
                .containsEntry("date", "2019-12-01").containsEntry("dateEnd", "2019-12-04").containsEntry("dateText", "12月1日至4日"));
    }

    @Test
    void aParagraphsDateStopsAtTheNextParagraph() {
        List<GraphRelationship> visits = relations(DATED_HEADLINE
                + "12月1日至4日，汤阴县县长王海涛率团赴深圳招商。\n汤阴县县长王海涛先后到远景动力电池有限公司、蓝海新材料股份有限公司考察。", "VISITED");
        assertThat(visits).hasSize(2).allSatisfy(v -> assertThat(v.properties().keySet()).doesNotContain("date", "dateText"));
    }

    @Test
    void aDateInsideAnEarlierSentenceIsNotCarried() {
        List<GraphRelationship> visits = relations(DATED_HEADLINE
                + "县里召开座谈会，通报了12月1日签约的项目。汤阴县县长王海涛到远景动力电池有限公司考察。", "VISITED");
        assertThat(visits).singleElement().satisfies(v -> assertThat(v.properties().keySet()).doesNotContain("date", "dateText"));
    }

    @Test
    void aDateStandingAsAClauseInTheMiddleOfTheSentenceFramesWhatFollows() {
        List<GraphRelationship> visits = relations(DATED_HEADLINE
                + "为推进招商引资，12月3日下午，汤阴县县长王海涛到远景动力电池有限公司考察。", "VISITED");
        assertThat(visits).singleElement().satisfies(v -> assertThat(v.properties())
                .containsEntry("date", "2019-12-03").containsEntry("dateText", "12月3日"));
    }

    @Test
    void aDateInsideAnotherClauseOfTheSentenceIsThatClausesOwn() {
        List<GraphRelationship> visits = relations(DATED_HEADLINE
                + "县里2018年建成的产业园已经满员，汤阴县县长王海涛到远景动力电池有限公司考察。", "VISITED");
        assertThat(visits).singleElement().satisfies(v -> assertThat(v.properties().keySet()).doesNotContain("date", "dateText"));
    }

    @Test
    void aParagraphsDateHoldsTwoSentencesOnButNotThree() {
        String opening = DATED_HEADLINE + "12月1日至4日，汤阴县县长王海涛率团赴深圳招商。期间，代表团召开推介会。";
        String visit = "汤阴县县长王海涛到远景动力电池有限公司考察。";
        assertThat(relations(opening + visit, "VISITED")).singleElement()
                .satisfies(v -> assertThat(v.properties()).containsEntry("date", "2019-12-01"));
        assertThat(relations(opening + "会上发布了政策。" + visit, "VISITED")).singleElement()
                .satisfies(v -> assertThat(v.properties().keySet()).doesNotContain("date", "dateText"));
    }
}
