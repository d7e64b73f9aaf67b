package com.zhengqi.graph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Visits written around their verb: a verb of going before the companies, 在 before the place, escorts; sentences written for the test. */
class VisitsTest {

    @Test
    void aDelegationGoingToSeveralCompaniesBeforeTheVisitVerbVisitsEach() {
        Extracted e = Extracted.from("5月3日，林州市副市长李明远一行先后到青山精密机械有限公司、蓝海新材料股份有限公司等企业进行实地考察。");
        assertThat(e.facts).contains("VISITED 李明远 -> 青山精密机械有限公司", "VISITED 李明远 -> 蓝海新材料股份有限公司");
    }

    @Test
    void aLeaderTouringProjectSitesVisitsTheCompaniesTheProjectsAreNamedAfter() {
        Extracted e = Extracted.from("汤阴县县长王海涛先后到汤阴县人民医院新院区建设项目、远景动力电池有限公司电芯生产线项目调研，察看施工进度。");
        assertThat(e.facts).contains("VISITED 王海涛 -> 远景动力电池有限公司");
        assertThat(e.facts).noneMatch(f -> f.startsWith("VISITED") && f.contains("医院"));
    }

    @Test
    void goingDeepIntoAFactoryAndACompanyWhileEscortedVisitsThemAndTheEscortDoesNot() {
        Extracted e = Extracted.from("8月2日，林州市市长赵文博在市政府秘书长钱立新陪同下，先后深入林州市红岩石材加工厂、林州富民有限公司等地调研。");
        assertThat(e.facts).contains("VISITED 赵文博 -> 林州市红岩石材加工厂", "VISITED 赵文博 -> 林州富民有限公司");
        assertThat(e.facts).noneMatch(f -> f.startsWith("VISITED 钱立新"));
    }

    @Test
    void thePlaceOpenedByZaiBeforeTheVisitorIsTheCompanyVisited() {
        Extracted e = Extracted.from("汤阴县县长王海涛率队赴宁波招商。在宁波远航智能装备有限公司，王海涛一行实地考察了企业生产线。"
                + "在星河电子集团董事长周海的陪同下，王海涛参观了生产车间。");
        assertThat(e.facts).contains("VISITED 王海涛 -> 宁波远航智能装备有限公司", "VISITED 王海涛 -> 星河电子集团");
        assertThat(e.facts).noneMatch(f -> f.startsWith("VISITED 周海"));
    }

    @Test
    void aHeadlineVisitAndAnInspectionOfAWorkshopAreVisits() {
        Extracted e = Extracted.from("林州市委书记赵文博莅临远景动力电池有限公司考察\n当天，赵文博还实地察看了青山精密机械有限公司的生产车间。");
        assertThat(e.facts).contains("VISITED 赵文博 -> 远景动力电池有限公司", "VISITED 赵文博 -> 青山精密机械有限公司");
    }

    @Test
    void invitingACompanyToComeIsNoVisitToIt() {
        Extracted e = Extracted.from("林州市市长赵文博表示，欢迎远景动力电池有限公司到林州考察投资。随后，赵文博前往青山精密机械有限公司调研。");
        assertThat(e.facts).noneMatch(f -> f.startsWith("VISITED") && f.contains("远景动力电池"));
        assertThat(e.facts).contains("VISITED 赵文博 -> 青山精密机械有限公司");
    }

    @Test
    void aFirmWrittenWithoutItsLegalFormInAVisitFrameIsVisited() {
        Extracted e = Extracted.from("林州市委书记赵文博莅临宏远光电考察\n当天，林州市副市长李明远一行到安徽恒力重工参观考察。"
                + "考察团一行还分别拜访了华润置地、碧桂园和万科等企业。");
        assertThat(e.names("Company")).contains("宏远光电", "安徽恒力重工", "碧桂园", "万科");
        assertThat(e.facts).contains("VISITED 赵文博 -> 宏远光电", "VISITED 李明远 -> 安徽恒力重工", "VISITED 李明远 -> 碧桂园", "VISITED 李明远 -> 万科");
    }

    @Test
    void aPlaceOrASiteInAVisitFrameIsNoCompany() {
        Extracted e = Extracted.from("林州市副市长李明远一行到项目现场考察，随后赴杭州调研，又到林州新能源参观。");
        assertThat(e.names("Company")).doesNotContain("项目现场", "杭州", "林州新能源");
        assertThat(e.facts).noneMatch(f -> f.startsWith("VISITED"));
    }

    @Test
    void aVisitFrameWithAFirmBesideThePlaceVisitsOnlyTheFirm() {
        Extracted e = Extracted.from("林州市副市长李明远一行赴杭州调研，到安徽恒力重工参观考察。");
        assertThat(e.facts).contains("VISITED 李明远 -> 安徽恒力重工").noneMatch(f -> f.startsWith("VISITED") && f.contains("-> 杭州"));
    }

    @Test
    void steppingIntoACompanyIsAVisitThoughNoVisitVerbFollows() {
        Extracted e = Extracted.from("林州市副市长李明远走进青山精密机械有限公司，详细了解企业生产经营情况。");
        assertThat(e.facts).contains("VISITED 李明远 -> 青山精密机械有限公司");
    }

    @Test
    void goingDeepIntoSeveralCompaniesVisitsEachOfThem() {
        Extracted e = Extracted.from("汤阴县县长王海涛先后深入远景动力电池有限公司、蓝海新材料股份有限公司，现场办公。"
                + "林州市市长赵文博来到星河电子集团，看望一线职工。");
        assertThat(e.facts).contains("VISITED 王海涛 -> 远景动力电池有限公司", "VISITED 王海涛 -> 蓝海新材料股份有限公司",
                "VISITED 赵文博 -> 星河电子集团");
    }

    @Test
    void pushingAheadWithACompanysProjectIsNoVisitToIt() {
        Extracted e = Extracted.from("汤阴县县长王海涛要求深入推进远景动力电池有限公司项目建设，确保年底投产。");
        assertThat(e.facts).noneMatch(f -> f.startsWith("VISITED"));
        assertThat(e.facts).as("the sentence is read: its official holds his post").contains("LEADS 王海涛 -> 汤阴县 县长");
    }

    @Test
    void aCompanyNamedLaterInTheClauseOfAnArrivalIsNotWhereTheVisitorWent() {
        Extracted e = Extracted.from("林州市副市长李明远来到施工现场与青山精密机械有限公司负责人交流。");
        assertThat(e.facts).noneMatch(f -> f.startsWith("VISITED"));
        Extracted sibling = Extracted.from("林州市副市长李明远来到青山精密机械有限公司听取汇报。");
        assertThat(sibling.facts).contains("VISITED 李明远 -> 青山精密机械有限公司");
    }
}
