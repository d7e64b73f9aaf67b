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
    void aNameCharacterHanlpReadsAsATimeMeasureStaysInTheCompanysName() {
        Extracted e = Extracted.from("会上，湖南天宏集团股份有限公司与青山县签约，项目工期300天。");
        assertThat(e.names("Company")).contains("湖南天宏集团股份有限公司").doesNotContain("宏集团股份有限公司");
    }

    @Test
    void aPlaceADateAndGenericWordsNameNoProject() {
        Extracted e = Extracted.from("12月2日，林州市2025年第三季度重点项目集中签约仪式举行，总投资58亿元。其中，华东电气集团投资12亿元建设智能电表生产基地项目。");
        assertThat(e.names("Project")).containsExactly("智能电表生产基地项目");
    }

    @Test
    void economicIndicatorsAreNoInvestmentStatistics() {
        Extracted e = Extracted.from("今年前三季度，青山县完成地区生产总值126.3亿元，实现一般公共预算收入8.2亿元，完成固定资产投资45亿元。");
        assertThat(e.nodes).filteredOn(n -> n.labels().contains("InvestmentStatistic"))
                .extracting(n -> n.properties().get("amountYuan")).containsExactly(4.5e9);
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

    @Test
    void companyNamesKeepTheirBracketsAndTheWordsOfAnyKindInside() {
        Extracted e = Extracted.from("考察团前往宁波中成新材料科技有限公司，又邀请星海置业、云帆电子(江苏)有限公司、远景开发建设有限公司等企业来访。");
        assertThat(e.names("Company")).contains("宁波中成新材料科技有限公司", "星海置业", "云帆电子(江苏)有限公司", "远景开发建设有限公司");
        assertThat(e.names("Company")).noneMatch(n -> n.startsWith("前往") || n.startsWith("邀请"));
    }

    @Test
    void theVerbBeforeACompanyIsNotPartOfItsName() {
        Extracted e = Extracted.from("市长表示，希望华东电气集团抓住机遇，发挥江南精工有限公司的技术优势，由东方投资有限公司控股投资。");
        assertThat(e.names("Company")).contains("华东电气集团", "江南精工有限公司", "东方投资有限公司")
                .noneMatch(n -> n.startsWith("希望") || n.startsWith("发挥") || n.endsWith("控股"));
    }

    @Test
    void anExecutiveOfTheCompanyJustNamedHoldsAPositionThere() {
        Extracted e = Extracted.from("北辰投资集团成立于1998年，该公司董事长邹明远兼任项目公司总经理。");
        assertThat(e.facts).contains("WORKS_FOR 邹明远 -> 北辰投资集团 董事长");
        assertThat(e.names("Company")).doesNotContain("公司", "项目公司");
    }

    @Test
    void anOfficialNamedAgainWithoutTitleVisits() {
        Extracted e = Extracted.from("林州市考察团赴浙江\n市长赵文博率队赴杭州考察。当天下午，赵文博一行还拜访了杭州远景电气有限公司。");
        assertThat(e.facts).anyMatch(f -> f.startsWith("VISITED 赵文博 -> 杭州远景电气有限公司"));
    }

    @Test
    void placesSlogansDatesAndCountsAreNoProjectNames() {
        Extracted e = Extracted.from("扎实推进“两个一批”项目建设，嘉定区项目加快推进。上述三个项目中，云帆物流园落户于江东科技产业园，"
                + "2019年首批项目已投产，该企业从事智能仓储基地运营，院内宅基地已清理。");
        assertThat(e.names("Project")).containsExactly("云帆物流园");
    }

    @Test
    void aListClosedByACountNamesItsItems() {
        Extracted e = Extracted.from("港区推出了码头扩建项目、冷链仓储项目、滨江老街改造3个项目。");
        assertThat(e.names("Project")).contains("码头扩建项目", "冷链仓储项目", "滨江老街改造");
    }

    @Test
    void aProjectTakesTheAmountOfItsOwnClauseNotAnAggregateBeforeIt() {
        Extracted e = Extracted.from("现场签约的8个项目总投资额120亿元，其中“智慧港口”运营基金项目，这个项目的投资额为50亿元。");
        assertThat(e.node("Project", "“智慧港口”运营基金项目").properties().get("amountYuan")).isEqualTo(5.0e9);
    }

    @Test
    void anAmountOfAnotherKindOfMoneyDoesNotGoToTheProjectBefore() {
        Extracted e = Extracted.from("副市长察看了翠湖湿地修复工程。全市将争取各类资金总计约60亿元。");
        assertThat(e.node("Project", "翠湖湿地修复工程").properties()).doesNotContainKey("amountYuan");
    }

    @Test
    void aBrandsLineOfBusinessIsNotItsInvestment() {
        Extracted e = Extracted.from("积极对接星河等头部企业，引进星河智造等项目。华东电气集团进军储能电站领域。");
        assertThat(e.facts).noneMatch(f -> f.startsWith("INVESTS_IN"));
        assertThat(e.names("Project")).noneMatch(n -> n.contains("进军"));
    }

    @Test
    void anExecutiveSpeaksForTheCompanyThatInvests() {
        Extracted e = Extracted.from("远航重工董事长钱立出席签约仪式。钱立表示，将投资20亿元，建设年产5万台挖掘机生产线。");
        assertThat(e.facts).contains("INVESTS_IN 远航重工 -> 年产5万台挖掘机生产线 2.0E9");
    }

    @Test
    void aCompanyWrittenWithABareLevelIsNamedAfterTheRegion() {
        Extracted e = Extracted.from("兰州市重点项目开工\n兰州市市长出席，省电力公司党组书记王立新参加仪式。");
        assertThat(e.facts).contains("WORKS_FOR 王立新 -> 甘肃省电力公司 党组书记", "LOCATED_IN 甘肃省电力公司 -> 甘肃省");
    }

    @Test
    void countedAndModifyingProjectWordsNameNoProject() {
        Extracted e = Extracted.from("今年将建设20个乡镇的供水项目，企业主要生产挖掘机、装载机等工程类机械。");
        assertThat(e.names("Project")).isEmpty();
    }

    @Test
    void theItemsOfACategoryOfProjectsAreTheProjects() {
        Extracted e = Extracted.from("开工的还有江南化工集团投资建设的60万吨甲醇等化工项目，以及光伏、储能等新兴产业项目。");
        assertThat(e.names("Project")).contains("60万吨甲醇").doesNotContain("化工项目", "光伏", "储能", "新兴产业项目");
    }

    @Test
    void sectionsOfNumberedRoadsAreProjects() {
        Extracted e = Extracted.from("今年将开工建设国道109线拉萨至当雄段、省道205线纳木错至班戈段，总投资30亿元。");
        assertThat(e.names("Project")).contains("国道109线拉萨至当雄段", "省道205线纳木错至班戈段");
    }

    @Test
    void rareNameCharactersReadAsMeasureWordsStayInTheCompanysName() {
        Extracted e = Extracted.from("莱克电气绿能科技(苏州)有限公司由莱克电气投资设立，另有3台设备有限公司代管。");
        assertThat(e.names("Company")).contains("莱克电气绿能科技(苏州)有限公司").noneMatch(n -> n.startsWith("台"));
    }
}
