package com.zhengqi.graph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The items of a signing list written "总投资X的<company without legal form><project>": each company is a company,
 * each project keeps its own amount and its company invests in it. Sentences written for the test.
 */
class SigningListsTest {

    private static final String LIST = "分别是总投资3.8亿元的江苏南通城欣市政工程生物质燃料加工项目，"
            + "总投资2.5亿元的苏州超邦涂料年产4万吨水性涂料项目，总投资1.6亿元的深圳海鸿电子科技柔性线路板项目。";

    @Test
    void theCompanyOpeningEachItemIsACompanyAndNoPartOfTheProject() {
        Extracted e = Extracted.from(LIST);
        assertThat(e.names("Company")).contains("江苏南通城欣市政工程", "苏州超邦涂料", "深圳海鸿电子科技");
        assertThat(e.names("Project")).containsExactlyInAnyOrder("生物质燃料加工项目", "年产4万吨水性涂料项目", "柔性线路板项目");
    }

    @Test
    void eachItemKeepsItsOwnAmountAndItsCompanyInvestsInIt() {
        Extracted e = Extracted.from(LIST);
        assertThat(e.node("Project", "生物质燃料加工项目").properties()).containsEntry("amountYuan", 3.8e8);
        assertThat(e.node("Project", "年产4万吨水性涂料项目").properties()).containsEntry("amountYuan", 2.5e8);
        assertThat(e.node("Project", "柔性线路板项目").properties()).containsEntry("amountYuan", 1.6e8);
        assertThat(e.facts).contains("INVESTS_IN 江苏南通城欣市政工程 -> 生物质燃料加工项目 3.8E8", "INVESTS_IN 苏州超邦涂料 -> 年产4万吨水性涂料项目 2.5E8");
    }

    @Test
    void aPlaceWithLinesOfBusinessOnlyOrAStemNoTradeClosesHasNoCompanyInIt() {
        Extracted e = Extracted.from("总投资5亿元的苏州新能源汽车产业园项目开工。总投资2亿元的林州市凤凰现代服务业孵化基地投入运营。");
        assertThat(e.names("Project")).contains("苏州新能源汽车产业园项目");
        assertThat(e.names("Company")).doesNotContain("苏州新能源汽车", "林州市凤凰现代", "凤凰现代");
    }

    @Test
    void piecesOfTheClauseBeforeAProjectWordAreNoProjects() {
        Extracted e = Extracted.from("主持人介绍了参会人员和项目情况。要坚持全县上下抓项目，引进一些项目，"
                + "确保工程质量和工程进度。林州市远航精密轴承项目开工。");
        assertThat(e.names("Project")).contains("林州市远航精密轴承项目")
                .doesNotContain("参会人员和项目", "全县上下抓项目", "抓项目", "一些项目", "工程质量和工程");
    }
}
