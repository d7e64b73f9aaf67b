package com.zhengqi.graph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Officials in the usual orders of title and name; sentences written for the test. */
class OfficialsTest {

    @Test
    void countyPartySecretaryLeadsTheCountyOfTheArticle() {
        Extracted e = Extracted.from("汤阴县：产业升级见成效\n5月8日，县委书记王建国带领县发改委负责人赴宁波考察。汤阴县将继续优化营商环境。");
        assertThat(e.facts).contains("LEADS 王建国 -> 汤阴县 县委书记");
    }

    @Test
    void townHeadWithTheSurnameHeLeadsTheTown() {
        Extracted e = Extracted.from("汤阴县宜沟镇推进秸秆禁烧\n6月2日，宜沟镇镇长和春林说，全镇已出动巡查组20个。");
        assertThat(e.facts).contains("LEADS 和春林 -> 宜沟镇 镇长");
    }

    @Test
    void severalPostsBeforeOneNameGiveOneRelationEach() {
        Extracted e = Extracted.from("安阳开发区：项目建设再提速\n开发区党工委委员、管委会副主任周立新出席签约仪式。");
        assertThat(e.facts).filteredOn(f -> f.contains("周立新")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(e.facts).anyMatch(f -> f.startsWith("LEADS 周立新 -> 安阳") && f.contains("开发区"));
    }

    @Test
    void departmentHeadHoldsAPositionInTheBodyNamedWithItsRegion() {
        Extracted e = Extracted.from("汤阴县优化政务服务\n“我们将继续简化流程。”县商务局局长孙晓峰表示。汤阴县今年新增企业300家。");
        assertThat(e.facts).contains("HOLDS_POSITION 孙晓峰 -> 汤阴县商务局 局长");
        assertThat(e.node("Organization", "汤阴县商务局").properties().get("aliases").toString()).contains("县商务局");
    }

    @Test
    void companyExecutivesWorkForTheirCompanyAndAreNoOfficials() {
        Extracted e = Extracted.from("江州市招商引资再结硕果\n市长李明会见了远航重工董事长钱立、总裁吴迪一行。");
        assertThat(e.facts).contains("WORKS_FOR 钱立 -> 远航重工 董事长", "WORKS_FOR 吴迪 -> 远航重工 总裁");
        assertThat(e.facts).noneMatch(f -> f.startsWith("HOLDS_POSITION 钱立") || f.startsWith("HOLDS_POSITION 吴迪"));
    }

    @Test
    void receivingACompanysGuestsIsNoVisitToTheCompany() {
        Extracted e = Extracted.from("林州市招商引资再结硕果\n市长李明会见了专程来林州的远航重工董事长钱立一行。");
        assertThat(e.facts).noneMatch(f -> f.startsWith("VISITED"));
        assertThat(e.facts).contains("LEADS 李明 -> 林州市 市长");
    }

    @Test
    void unnamedPeopleAndReportersAreNoOfficials() {
        Extracted e = Extracted.from("本报讯(记者 林小舟)一位姓刘的主任说，街道已为李先生办好手续。");
        assertThat(e.facts).noneMatch(f -> f.startsWith("HOLDS_POSITION") || f.startsWith("LEADS"));
        assertThat(e.facts).contains("REPORTED 林小舟 -> " + e.nodes.getFirst().name());
    }

    @Test
    void aCityNameFollowedByTheMayorsTitleNamesTheCity() {
        Extracted e = Extracted.from("林州市推进文旅融合\n林州市长赵文博带队赴郑州对接项目。林州市将加快红旗渠景区提升。");
        assertThat(e.facts).contains("LEADS 赵文博 -> 林州市 市长");
    }

    @Test
    void postsOfAnAutonomousRegionAreNotTakenFromTheCityNamedMostOften() {
        Extracted e = Extracted.from("柳州市项目集中开工\n自治区党委常委、自治区副主席韦德明，柳州市、柳州市、柳州市有关负责人出席。");
        assertThat(e.facts).contains("LEADS 韦德明 -> 广西壮族自治区 副主席", "HOLDS_POSITION 韦德明 -> 广西壮族自治区党委 党委常委");
    }

    @Test
    void theDeputyMayorOfAMunicipalityLeadsTheMunicipality() {
        Extracted e = Extracted.from("重庆市签约一批项目\n市委常委唐立、副市长秦明会见客商。重庆市将优化服务。");
        assertThat(e.facts).contains("LEADS 秦明 -> 重庆市 副市长", "HOLDS_POSITION 唐立 -> 重庆市委 市委常委");
    }

    @Test
    void aBodyWrittenWithoutItsRegionBelongsToTheRegionOfThePostBeforeIt() {
        Extracted e = Extracted.from("洛阳市客商座谈会举行\n郑州市委常委、政法委书记孙立平出席。洛阳市、洛阳市有关部门参加。");
        assertThat(e.facts).contains("HOLDS_POSITION 孙立平 -> 郑州市政法委 书记");
    }

    @Test
    void aBriefOnAPageTakesTheZoneOfThePageItStandsOn() {
        String page = "安阳开发区：项目建设再提速\n本报讯(记者 林小舟)3月2日，安阳开发区召开项目推进会，安阳开发区将加快重点项目建设进度。\n\n"
                + "开发区召开安全生产会议\n本报讯(记者 陈一鸣)3月3日，开发区召开安全生产会议。开发区党工委委员、管委会副主任周立新，副县级干部孟繁星参加会议。";
        Extracted e = Extracted.from(page);
        assertThat(e.facts).anyMatch(f -> f.startsWith("LEADS 周立新 -> 安阳") && f.endsWith("副主任"));
        assertThat(e.facts).anyMatch(f -> f.startsWith("HOLDS_POSITION 孟繁星 -> 安阳") && f.endsWith("副县级干部"));
    }

    @Test
    void aPostInABodyNotReadIsNotGivenTheArticlesRegion() {
        Extracted e = Extracted.from("林州市举行经贸洽谈会\n国际商务交流促进委员会主任委员韩德明介绍了合作意向。林州市将加快对接。");
        assertThat(e.facts).noneMatch(f -> f.contains("韩德明 -> 林州市"));
    }
}
