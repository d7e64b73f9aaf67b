package com.zhengqi.graph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Posts written as [region][body][post][name] at every level, and the region a bare level word means; sentences written for the test. */
class PostsAtEveryLevelTest {

    @Test
    void aCountyWrittenUnderItsFormerEndingIsStillTheCountyOfTheCountyCommittee() {
        Extracted e = Extracted.from("浏阳县召开项目推进会\n5月8日，县委书记钱卫东主持会议。浏阳县将加快园区建设，浏阳县今年新签项目12个。");
        assertThat(e.facts).anyMatch(f -> f.startsWith("LEADS 钱卫东 -> 浏阳") && f.endsWith("县委书记"));
    }

    @Test
    void thePlaceAReportWasFiledFromIsNotTheCityOfTheArticle() {
        Extracted e = Extracted.from("本报记者林小舟长沙报道 5月8日，市委书记钱卫东在长沙会见客商。"
                + "株洲将为企业做好服务，株洲市今年新增项目20个，株洲的营商环境持续向好。");
        assertThat(e.facts).contains("LEADS 钱卫东 -> 株洲市 市委书记");
        assertThat(e.facts).noneMatch(f -> f.startsWith("LEADS 钱卫东 -> 长沙市"));
    }

    @Test
    void anActingPrefectureHeadKeepsTheWholeTitle() {
        Extracted e = Extracted.from("湘西州推进产业招商\n州委副书记、代理州长孙立群调研园区。湘西州将加快招商，湘西州今年签约项目30个。");
        assertThat(e.facts).anyMatch(f -> f.startsWith("LEADS 孙立群") && f.endsWith("代理州长"));
    }

    @Test
    void companyPostsBeyondChairmanAndManagerAreWorkForTheCompany() {
        Extracted e = Extracted.from("江州市招商引资再结硕果\n市长李明会见了远航重工董事局主席钱立、技术总监吴迪、项目经理孙浩一行。");
        assertThat(e.facts).contains("WORKS_FOR 钱立 -> 远航重工 董事局主席", "WORKS_FOR 吴迪 -> 远航重工 技术总监",
                "WORKS_FOR 孙浩 -> 远航重工 项目经理");
    }

    @Test
    void aDepartmentTheLexiconDoesNotNameHoldsThePostInTheArticlesCity() {
        Extracted e = Extracted.from("株洲市招商推介会举行\n5月8日，市文化和旅游厅厅长孙立群、市妇联主席陈晓红出席。株洲市将优化服务，株洲今年签约项目20个。");
        assertThat(e.facts).anyMatch(f -> f.startsWith("HOLDS_POSITION 孙立群 -> 株洲市文化和旅游厅") && f.endsWith("厅长"));
        assertThat(e.facts).anyMatch(f -> f.startsWith("HOLDS_POSITION 陈晓红 -> 株洲市妇联") && f.endsWith("主席"));
    }

    @Test
    void aBodyAfterTheListMarkTakesTheRegionOfThePostBefore() {
        Extracted e = Extracted.from("株洲市招商推介会举行\n市政府副秘书长、办公厅主任钱卫东出席。株洲市将优化服务，株洲今年签约项目20个。");
        assertThat(e.facts).anyMatch(f -> f.startsWith("HOLDS_POSITION 钱卫东 -> 株洲市办公厅") && f.endsWith("主任"));
    }

    @Test
    void aWordBeforeABodyEndingThatOpensNoRegionGivesNoPost() {
        Extracted e = Extracted.from("株洲市招商推介会举行\n据悉，行业协会会长钱卫东也到场。株洲市将优化服务，株洲今年签约项目20个。");
        assertThat(e.facts).noneMatch(f -> f.contains("钱卫东 -> 株洲市"));
        assertThat(e.names("Region")).contains("株洲市");
    }
}
