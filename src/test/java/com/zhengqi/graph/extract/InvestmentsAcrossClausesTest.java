package com.zhengqi.graph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Investments whose investor, project and amount stand in different clauses, and the parts of a project that are
 * no projects (issue 18, items 4 and 5): sentences written for the test.
 */
class InvestmentsAcrossClausesTest {

    @Test
    void theCompanyAfterYouInvestsInTheProjectBeforeIt() {
        Extracted e = Extracted.from("林州市重点项目开工\n青禾生物医药产业园项目由远航医药集团投资建设，落户林州经济开发区。");
        assertThat(e.facts).anyMatch(f -> f.startsWith("INVESTS_IN 远航医药集团 -> ") && f.contains("青禾生物医药产业园"));
    }

    @Test
    void aCompanyThatOnlyRunsAProjectDoesNotInvestInIt() {
        Extracted e = Extracted.from("林州市重点项目开工\n滨湖冷链物流园项目由远航物流有限公司负责运营。"
                + "城北智能装备产业园项目由青禾重工有限公司投资建设。");
        assertThat(e.facts).noneMatch(f -> f.startsWith("INVESTS_IN 远航物流有限公司"));
        assertThat(e.facts).anyMatch(f -> f.startsWith("INVESTS_IN 青禾重工有限公司 -> ") && f.contains("城北智能装备产业园"));
    }

    @Test
    void theInvestorOfAParkDoesNotInvestInThePartsTheParkIncludes() {
        Extracted e = Extracted.from("林州市项目集中签约\n其中，由远航食品集团有限公司投资建设的红旗生猪养殖产业园项目，计划投资约20亿元，"
                + "建设包括标准化养殖场，配套屠宰项目、肉品深加工项目和冷链仓储。");
        assertThat(e.facts).anyMatch(f -> f.startsWith("INVESTS_IN 远航食品集团有限公司 -> ") && f.contains("红旗生猪养殖产业园"));
        assertThat(e.facts).noneMatch(f -> f.startsWith("INVESTS_IN") && (f.contains("屠宰") || f.contains("深加工")));
    }

    @Test
    void theCompanyAnAgreementIsSignedWithInvestsInTheProjectTheAgreementNames() {
        Extracted e = Extracted.from("林州市赴外招商\n林州市与远航电子有限公司签订了年产50万套汽车线束的汽车零配件生产线的合作框架协议，"
                + "与青禾科技有限公司签订了规划占地2平方公里、预计总投资12亿元的智能装备小镇的合作框架协议。");
        assertThat(e.facts).anyMatch(f -> f.startsWith("INVESTS_IN 远航电子有限公司 -> ") && f.contains("汽车零配件生产线"));
        assertThat(e.facts).anyMatch(f -> f.startsWith("INVESTS_IN 青禾科技有限公司 -> ") && f.contains("智能装备小镇") && f.endsWith("1.2E9"));
    }

    @Test
    void aCompanyWithWhomOnlyCooperationIsAgreedInvestsInNothing() {
        Extracted e = Extracted.from("林州市赴外招商\n林州市与远航电子有限公司签订了战略合作协议，双方将围绕汽车零配件生产线开展合作。"
                + "林州市与青禾科技有限公司签约智能装备产业园项目。");
        assertThat(e.facts).noneMatch(f -> f.startsWith("INVESTS_IN 远航电子有限公司"));
        assertThat(e.facts).anyMatch(f -> f.startsWith("INVESTS_IN 青禾科技有限公司 -> ") && f.contains("智能装备产业园"));
    }

    @Test
    void thePartsOfAConstructionAreNoProjects() {
        Extracted e = Extracted.from("林州市城建工作综述\n今年完成了城北小区围挡工程、滨湖调蓄防渗墙工程和城北污水处理厂扩建工程。");
        assertThat(e.names("Project")).anyMatch(n -> n.contains("污水处理厂扩建工程"));
        assertThat(e.names("Project")).noneMatch(n -> n.contains("围挡") || n.contains("防渗墙"));
    }

    @Test
    void aValleyInAListOfParksIsAPlaceNotAProject() {
        Extracted e = Extracted.from("林州市机器人产业招商\n积极对接滨湖机器人谷、城北智能制造产业园等产业园区，加快项目落地。");
        assertThat(e.names("Project")).anyMatch(n -> n.contains("城北智能制造产业园"));
        assertThat(e.names("Project")).noneMatch(n -> n.contains("机器人谷"));
    }

    @Test
    void eachProjectOfASignedListGoesToTheCompanyItIsSignedWith() {
        Extracted e = Extracted.from("林州市项目签约\n会后，林州市政府与远航商贸公司签订预计投资8000万元的肉牛屠宰加工项目意向协议、"
                + "投资6000万元的小麦深加工项目意向协议，与青禾科技有限公司签订了智能装备产业园项目投资协议。");
        assertThat(e.facts).anyMatch(f -> f.startsWith("INVESTS_IN 远航商贸公司 -> 肉牛屠宰加工项目") && f.endsWith("8.0E7"));
        assertThat(e.facts).anyMatch(f -> f.startsWith("INVESTS_IN 远航商贸公司 -> 小麦深加工项目") && f.endsWith("6.0E7"));
        assertThat(e.facts).anyMatch(f -> f.startsWith("INVESTS_IN 青禾科技有限公司 -> 智能装备产业园"));
        assertThat(e.facts).noneMatch(f -> f.startsWith("INVESTS_IN 远航商贸公司 -> 智能装备产业园"));
        assertThat(e.facts).noneMatch(f -> f.startsWith("INVESTS_IN 青禾科技有限公司 -> ") && f.contains("深加工"));
    }
}
