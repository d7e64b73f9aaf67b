package com.zhengqi.graph.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Project words used as common nouns, projects named only through their company's sentence, and companies
 * introduced by what they are; sentences written for the test.
 */
class CommonNounsAndCompanyProjectsTest {

    @Test
    void aNationalCategoryIsNoProject() {
        Extracted e = Extracted.from("在国家规范发展水上乐园项目的政策出台前，东湖新材料产业园项目暂缓，产品已用于国家重点输变电工程。");
        assertThat(e.names("Project")).contains("东湖新材料产业园项目")
                .noneMatch(n -> n.contains("国家"));
    }

    @Test
    void aFixedCommonNounWithAProjectEndingIsNoProject() {
        Extracted e = Extracted.from("借振兴西北老工业基地之机，青山镇规划了新材料工业园。");
        assertThat(e.names("Project")).noneMatch(n -> n.contains("老工业基地"));
    }

    @Test
    void aDeterminerBeforeTheEndingMakesItACommonNoun() {
        Extracted e = Extracted.from("通知会影响到整个项目的进度，也会拖慢这个工程。");
        assertThat(e.names("Project")).isEmpty();
    }

    @Test
    void projectMeaningAnItemOfEntertainmentIsNoInvestmentProject() {
        Extracted e = Extracted.from("乐园将设置角色扮演和互动游戏项目，经营范围包括游乐项目开发。");
        assertThat(e.names("Project")).isEmpty();
    }

    @Test
    void aRoadSectionNeedsItsTwoEnds() {
        Extracted e = Extracted.from("去年国道109线当雄至那曲段整治完成，标志着国道109线青藏公路西藏段全线黑色化。");
        assertThat(e.names("Project")).contains("国道109线当雄至那曲段").doesNotContain("国道109线青藏公路西藏段");
    }

    @Test
    void aCountOfProductionLinesIsNoCountOfProjects() {
        Extracted e = Extracted.from("落户园区的星辰新能源有限公司目前已投资约2亿元建成4条锂电池隔膜生产线。");
        assertThat(e.node("Project", "锂电池隔膜生产线").properties().get("amountYuan")).isEqualTo(2.0e8);
    }

    @Test
    void aCountOfProjectsStillMakesAnAggregate() {
        Extracted e = Extracted.from("今年共开工5个新材料生产线项目，总投资20亿元。");
        assertThat(e.names("Project")).isEmpty();
    }

    @Test
    void coordinatedModifiersStayInTheName() {
        Extracted e = Extracted.from("为满足市场需要，公司计划一期投资5200万元，主要建设智能仪表研发及生产基地。");
        assertThat(e.node("Project", "智能仪表研发及生产基地").properties().get("amountYuan")).isEqualTo(5.2e7);
    }

    @Test
    void aLogisticsParkNamedAfterItsCompanyIsAProject() {
        Extracted e = Extracted.from("考察团详细了解了天马集团冷链物流园区、青禾集团饮料项目等规划建设情况。");
        assertThat(e.names("Project")).anyMatch(n -> n.contains("冷链物流园区"));
    }

    @Test
    void theItemsJoinedByAndInAListOfProjectsAreEachAProject() {
        Extracted e = Extracted.from("还有由青禾集团捐资建设的青山希望小学和东坝至西岭二级公路等基础设施项目。");
        assertThat(e.names("Project")).contains("青山希望小学", "东坝至西岭二级公路");
    }

    @Test
    void aSecondPhaseFactoryIsTheProjectOfTheCompanyOfItsSentence() {
        Extracted e = Extracted.from("明远电子(无锡)有限公司专业从事芯片封装，为了扩大规模，公司在高新区投资8000万元扩建二期工厂，预计年底投产。");
        assertThat(e.names("Project")).anyMatch(n -> n.endsWith("二期工厂") && n.startsWith("明远电子"));
        assertThat(e.nodes).filteredOn(n -> n.labels().contains("Project") && String.valueOf(n.properties().get("name")).endsWith("二期工厂"))
                .extracting(n -> n.properties().get("amountYuan")).containsExactly(8.0e7);
    }

    @Test
    void aBareSecondPhaseWithoutACompanyIsStillNoProject() {
        Extracted e = Extracted.from("区里计划明年扩建二期工厂。");
        assertThat(e.names("Project")).isEmpty();
    }

    @Test
    void theSubjectOfASentenceSayingItIsAnEnterpriseIsACompany() {
        Extracted e = Extracted.from("华源精机是中国机床行业的首家上市公司，为了扩大产能，公司计划投资3亿元。东区是全省重点开发区。");
        assertThat(e.names("Company")).contains("华源精机").doesNotContain("东区");
    }

    @Test
    void aNameMadeOnlyOfProjectWordsIsNoProject() {
        Extracted e = Extracted.from("市里暂不审批新的主题公园项目，青山镇的智慧农业产业园项目照常推进。");
        assertThat(e.names("Project")).contains("智慧农业产业园项目").doesNotContain("主题公园项目");
    }

    @Test
    void projectsCitedAsExamplesAreNoProjectsOfTheArticle() {
        Extracted e = Extracted.from("公司将借鉴东方乐园等项目的运作模式，推进青山水镇项目。");
        assertThat(e.names("Project")).contains("青山水镇项目").doesNotContain("东方乐园");
    }

    @Test
    void bareItemsBesideACompanyInAListOfProjectsAreCompanies() {
        Extracted e = Extracted.from("三井化工、远航精密、华源精机集团扩建项目等5个项目同日开工。口袋公园、城市书房等8个项目也已完工。");
        assertThat(e.names("Company")).contains("三井化工", "远航精密", "华源精机集团")
                .doesNotContain("口袋公园", "城市书房");
    }
}
