package com.zhengqi.graph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Officials in the usual orders of title and name; sentences written for the test. */
class OfficialsTest {

    @Test
    void countyPartySecretaryLeadsTheCountyOfTheArticle() {
        Extracted e = Extracted.from("青山县：产业升级见成效\n5月8日，县委书记王建国带领县发改委负责人赴宁波考察。青山县将继续优化营商环境。");
        assertThat(e.facts).contains("LEADS 王建国 -> 青山县 县委书记");
    }

    @Test
    void townHeadWithTheSurnameHeLeadsTheTown() {
        Extracted e = Extracted.from("白沙镇推进秸秆禁烧\n6月2日，白沙镇镇长和春林说，全镇已出动巡查组20个。");
        assertThat(e.facts).contains("LEADS 和春林 -> 白沙镇 镇长");
    }

    @Test
    void severalPostsBeforeOneNameGiveOneRelationEach() {
        Extracted e = Extracted.from("开发区：项目建设再提速\n开发区党工委委员、管委会副主任周立新出席签约仪式。");
        assertThat(e.facts).filteredOn(f -> f.contains("周立新")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(e.facts).anyMatch(f -> f.startsWith("LEADS 周立新 -> 开发区"));
    }

    @Test
    void departmentHeadHoldsAPositionInTheBodyNamedWithItsRegion() {
        Extracted e = Extracted.from("青山县优化政务服务\n“我们将继续简化流程。”县商务局局长孙晓峰表示。青山县今年新增企业300家。");
        assertThat(e.facts).contains("HOLDS_POSITION 孙晓峰 -> 青山县商务局 局长");
        assertThat(e.node("Organization", "青山县商务局").properties().get("aliases").toString()).contains("县商务局");
    }

    @Test
    void companyExecutivesHoldPositionsInTheirCompany() {
        Extracted e = Extracted.from("江州市招商引资再结硕果\n市长李明会见了远航重工董事长钱立、总裁吴迪一行。");
        assertThat(e.facts).contains("HOLDS_POSITION 钱立 -> 远航重工 董事长", "HOLDS_POSITION 吴迪 -> 远航重工 总裁");
        assertThat(e.facts).anyMatch(f -> f.startsWith("VISITED 李明 -> 远航重工"));
    }

    @Test
    void unnamedPeopleAndReportersAreNoOfficials() {
        Extracted e = Extracted.from("本报讯(记者 林小舟)一位姓刘的主任说，街道已为李先生办好手续。");
        assertThat(e.facts).noneMatch(f -> f.startsWith("HOLDS_POSITION") || f.startsWith("LEADS"));
        assertThat(e.facts).contains("REPORTED 林小舟 -> " + e.nodes.getFirst().name());
    }
}
