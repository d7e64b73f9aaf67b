package com.zhengqi.graph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Credits written where briefs and web pages put them; sentences written for the test. */
class CreditsTest {

    @Test
    void namesAloneInBracketsAfterTheLastSentenceAreItsReporters() {
        Extracted e = Extracted.from("汤阴县项目集中开工\n5月8日，汤阴县12个项目集中开工，总投资36亿元。(林小舟 陈木森)");
        assertThat(e.facts).anyMatch(f -> f.startsWith("REPORTED 林小舟"));
        assertThat(e.facts).anyMatch(f -> f.startsWith("REPORTED 陈木森"));
        assertThat(e.names("Person")).doesNotContain("林小舟 陈木森");
    }

    @Test
    void aClosingCreditEndsTheParagraphEvenWhenAPageLabelFollowsOnTheNextLine() {
        Extracted e = Extracted.from("汤阴县项目集中开工\n5月8日，汤阴县12个项目集中开工，总投资36亿元。(记者 欧阳晓雯)\n标签 项目");
        assertThat(e.facts).anyMatch(f -> f.startsWith("REPORTED 欧阳晓雯"));
    }

    @Test
    void aReporterGluedToTheFilingPlaceOpensTheDateline() {
        Extracted e = Extracted.from("本报记者林小舟长沙报道 5月8日，株洲市委书记钱卫东会见客商。株洲将做好服务。");
        assertThat(e.facts).anyMatch(f -> f.startsWith("REPORTED 林小舟"));
        assertThat(e.facts).contains("LEADS 钱卫东 -> 株洲市 市委书记");
    }

    @Test
    void wordsInBracketsAfterASentenceAreNoCredits() {
        Extracted e = Extracted.from("汤阴县项目集中开工\n5月8日，汤阴县12个项目集中开工，总投资36亿元。(含续建项目)");
        assertThat(e.facts).noneMatch(f -> f.startsWith("REPORTED"));
        assertThat(e.names("Region")).contains("汤阴县");
    }

    @Test
    void roleWordsAndNamesAfterTheLastSentenceOfABriefAreItsCredits() {
        Extracted e = Extracted.from("汤阴县项目集中开工\n5月8日，汤阴县12个项目集中开工，总投资36亿元。记者 林小舟 通讯员 陈木森");
        assertThat(e.facts).anyMatch(f -> f.startsWith("REPORTED 林小舟"));
        assertThat(e.facts).anyMatch(f -> f.startsWith("REPORTED 陈木森"));
    }

    @Test
    void aSentenceEndingWithoutAMarkAfterARoleWordGivesNoCredit() {
        Extracted e = Extracted.from("汤阴县项目集中开工\n5月8日，汤阴县12个项目集中开工，总投资36亿元。记者在现场看到工人们正在紧张施工");
        assertThat(e.facts).noneMatch(f -> f.startsWith("REPORTED"));
        assertThat(e.names("Region")).contains("汤阴县");
    }

    @Test
    void editorLinesWithBarsBetweenRoleAndNameCreditTheirNames() {
        Extracted e = Extracted.from("汤阴县项目集中开工\n5月8日，汤阴县12个项目集中开工，总投资36亿元。\n摄影：陈木森\n编辑 | 王晓燕\n审核 | 赵国庆\n校对 | 孙丽华");
        assertThat(e.facts).anyMatch(f -> f.startsWith("REPORTED 陈木森"));
        assertThat(e.facts).anyMatch(f -> f.startsWith("REPORTED 王晓燕"));
        assertThat(e.facts).anyMatch(f -> f.startsWith("REPORTED 赵国庆"));
        assertThat(e.facts).anyMatch(f -> f.startsWith("REPORTED 孙丽华"));
    }

    @Test
    void anEditorInBracketsAndATextAndPhotoCreditAreRead() {
        Extracted first = Extracted.from("汤阴县项目集中开工\n5月8日，汤阴县12个项目集中开工，总投资36亿元。(责任编辑:林小舟)");
        assertThat(first.facts).anyMatch(f -> f.startsWith("REPORTED 林小舟"));
        Extracted second = Extracted.from("汤阴县项目集中开工\n文/图 林小舟\n5月8日，汤阴县12个项目集中开工，总投资36亿元。");
        assertThat(second.facts).anyMatch(f -> f.startsWith("REPORTED 林小舟"));
    }

    @Test
    void aLineOfReviewStagesCreditsEachReviewer() {
        Extracted e = Extracted.from("汤阴县项目集中开工\n5月8日，汤阴县12个项目集中开工，总投资36亿元。\n一审：林小舟 二审：陈木森 三审：王晓燕");
        assertThat(e.facts).anyMatch(f -> f.startsWith("REPORTED 林小舟"));
        assertThat(e.facts).anyMatch(f -> f.startsWith("REPORTED 王晓燕"));
    }

    @Test
    void roleWordsAndNamesGluedIntoOneRunAreEachCredited() {
        Extracted e = Extracted.from("汤阴县项目集中开工\n5月8日，汤阴县12个项目集中开工，总投资36亿元。(记者林小舟通讯员陈木森)");
        assertThat(e.facts).anyMatch(f -> f.startsWith("REPORTED 林小舟"));
        assertThat(e.facts).anyMatch(f -> f.startsWith("REPORTED 陈木森"));
        assertThat(e.names("Person")).noneMatch(n -> n.contains("通讯员"));
    }

    @Test
    void twoThreeCharacterNamesGluedAfterARoleWordAreTwoReporters() {
        Extracted e = Extracted.from("汤阴县项目集中开工\n5月8日，汤阴县12个项目集中开工，总投资36亿元。(记者林小舟陈木森)");
        assertThat(e.facts).anyMatch(f -> f.startsWith("REPORTED 林小舟"));
        assertThat(e.facts).anyMatch(f -> f.startsWith("REPORTED 陈木森"));
        assertThat(e.names("Person")).doesNotContain("林小舟陈木森");
    }

    @Test
    void aNameGluedToAFilingPlaceIsNotSplitIntoTwoNames() {
        Extracted e = Extracted.from("本报记者林小舟长沙报道 5月8日，株洲市委书记钱卫东会见客商。株洲将做好服务。");
        assertThat(e.facts).anyMatch(f -> f.startsWith("REPORTED 林小舟"));
        assertThat(e.names("Person")).noneMatch(n -> n.contains("长沙"));
    }

    @Test
    void aCharacterThatOftenClosesGivenNamesGluedAfterAShortNameIsTheNamesLast() {
        Extracted e = Extracted.from("汤阴县项目集中开工\n5月8日，汤阴县12个项目集中开工，总投资36亿元。(记者林晓华)");
        assertThat(e.facts).anyMatch(f -> f.startsWith("REPORTED 林晓华"));
        assertThat(e.facts).noneMatch(f -> f.startsWith("REPORTED 林晓 "));
    }
    @Test
    void aBylineLineNamingItsPaperBeforeTheRoleWordCreditsTheReporter() {
        Extracted e = Extracted.from("汤阴县项目集中开工\n安阳日报记者 林小舟\n5月8日，汤阴县12个项目集中开工，总投资36亿元。");
        assertThat(e.facts).anyMatch(f -> f.startsWith("REPORTED 林小舟"));
        assertThat(e.names("Person")).noneMatch(n -> n.contains("日报"));
        Extracted agency = Extracted.from("汤阴县项目集中开工\n新华社记者 陈木森\n5月8日，汤阴县12个项目集中开工，总投资36亿元。");
        assertThat(agency.facts).anyMatch(f -> f.startsWith("REPORTED 陈木森"));
    }

    @Test
    void aLineOfAPapersNameAndNoRoleWordIsNoByline() {
        Extracted e = Extracted.from("汤阴县项目集中开工\n安阳日报林小舟\n5月8日，汤阴县12个项目集中开工，总投资36亿元。");
        assertThat(e.facts).noneMatch(f -> f.startsWith("REPORTED"));
        assertThat(e.names("Region")).contains("汤阴县");
    }

    @Test
    void aNewsOpeningWithCreditsInBracketsCreditsItsReporter() {
        Extracted e = Extracted.from("汤阴县项目集中开工\n汤阴消息（记者林小舟 通讯员 陈木森）5月8日，汤阴县12个项目集中开工，总投资36亿元。");
        assertThat(e.facts).anyMatch(f -> f.startsWith("REPORTED 林小舟"));
        assertThat(e.facts).anyMatch(f -> f.startsWith("REPORTED 陈木森"));
        assertThat(e.names("Region")).contains("汤阴县");
    }

    @Test
    void aNewsOpeningWithWordsInBracketsThatAreNoCreditsCreditsNoOne() {
        Extracted e = Extracted.from("汤阴县项目集中开工\n汤阴消息（首批项目）5月8日，汤阴县12个项目集中开工，总投资36亿元。");
        assertThat(e.facts).noneMatch(f -> f.startsWith("REPORTED"));
        assertThat(e.names("Region")).contains("汤阴县");
    }

    @Test
    void aReporterAloneBeforeTheFilingWordOpensTheDatelineWithOrWithoutThePaper() {
        Extracted e = Extracted.from("汤阴县项目集中开工\n记者林小舟报道 5月8日，汤阴县12个项目集中开工，总投资36亿元。");
        assertThat(e.facts).anyMatch(f -> f.startsWith("REPORTED 林小舟"));
        Extracted paper = Extracted.from("汤阴县项目集中开工\n安阳晚报记者陈木森报道 5月8日，汤阴县12个项目集中开工，总投资36亿元。");
        assertThat(paper.facts).anyMatch(f -> f.startsWith("REPORTED 陈木森"));
    }

    @Test
    void whatAReporterLearnedOrDidIsNoCredit() {
        Extracted e = Extracted.from("汤阴县项目集中开工\n记者走访报道，5月8日，汤阴县12个项目集中开工。记者了解到，总投资36亿元。");
        assertThat(e.facts).noneMatch(f -> f.startsWith("REPORTED"));
        assertThat(e.names("Region")).contains("汤阴县");
    }
}
