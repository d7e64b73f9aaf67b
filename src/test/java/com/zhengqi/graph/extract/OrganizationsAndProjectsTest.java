package com.zhengqi.graph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Companies, projects, investments, visits, industries and statistics; sentences written for the test. */
class OrganizationsAndProjectsTest {

    @Test
    void companiesBySuffixAndBrandsByContext() {
        Extracted e = Extracted.from("积极引进星河智造、云帆数据等科技企业，并与蓝鲸物流合作，落户的宁波海瑞机械有限公司已投产。");
        assertThat(e.names("Company")).contains("星河智造", "云帆数据", "蓝鲸物流", "宁波海瑞机械有限公司");
    }

    @Test
    void genericCompanyWordsAreNoCompanies() {
        Extracted e = Extracted.from("辖区内有6家小贷公司和3家担保公司，国有银行、民营银行均参与对接。");
        assertThat(e.names("Company")).isEmpty();
    }

    @Test
    void projectsInAListWithAmountsInYuan() {
        Extracted e = Extracted.from("新签约项目包括投资8亿元的锦程新材料产业园项目、投资3.5亿元的年产5000吨碳纤维项目等。");
        assertThat(e.node("Project", "锦程新材料产业园项目").properties().get("amountYuan")).isEqualTo(8.0e8);
        assertThat(e.node("Project", "年产5000吨碳纤维项目").properties().get("amountYuan")).isEqualTo(3.5e8);
    }

    @Test
    void aggregatesAreStatisticsNotProjects() {
        Extracted e = Extracted.from("今年1至6月，青山县共签约引进亿元以上项目18个，投资总额96.4亿元，招商引资到位资金21亿元。");
        assertThat(e.names("Project")).isEmpty();
        assertThat(e.nodes).filteredOn(n -> n.labels().contains("InvestmentStatistic"))
                .extracting(n -> n.properties().get("kind")).contains("SIGNED", "PAID_IN");
    }

    @Test
    void investorsBuildingAProjectTogether() {
        Extracted e = Extracted.from("日前，由江南精工有限公司和华东电气集团投资建设的智能电表生产基地项目开工，项目总投资2.4亿元。");
        assertThat(e.facts).contains("INVESTS_IN 江南精工有限公司 -> 智能电表生产基地项目 2.4E8", "INVESTS_IN 华东电气集团 -> 智能电表生产基地项目 2.4E8");
    }

    @Test
    void aCompanyPuttingMoneyIntoANamedProject() {
        Extracted e = Extracted.from("今年，远洋食品集团计划再投入3亿元建设冷链物流基地。");
        assertThat(e.facts).contains("INVESTS_IN 远洋食品集团 -> 冷链物流基地 3.0E8");
    }

    @Test
    void industriesOfAListOfLeadingIndustries() {
        Extracted e = Extracted.from("青山县：招商引资结硕果\n青山县围绕新能源汽车、生物医药两大主导产业精准招商。");
        assertThat(e.names("Industry")).containsExactly("新能源汽车", "生物医药");
    }
}
