package com.zhengqi.graph.serve;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectsApiTest extends ApiTestSupport {

    private static final String PROJECTS = """
            query($filter: ProjectFilter, $order: ProjectOrder, $first: Int, $after: String) {
              projects(filter: $filter, orderBy: $order, first: $first, after: $after) {
                totalCount
                edges { cursor node { id name amountYuan status regions { name } industries { name } } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    private JsonNode projects(Map<String, Object> variables) {
        return data(PROJECTS, variables).path("projects");
    }

    @Test
    void projectsOverOneBillionYuanInBeiguanIncludeItsTownAndComeLargestFirst() {
        JsonNode page = projects(Map.of("filter", Map.of("region", "北关区", "minAmountYuan", 1e9)));

        assertThat(page.path("totalCount").asInt()).isEqualTo(2);
        assertThat(texts(page.path("edges"), "node.name")).containsExactly("无人机研发生产基地项目", "纺织服装产业园项目");
        assertThat(page.path("edges").get(0).path("node").path("amountYuan").asDouble()).isEqualTo(2.2e9);
        assertThat(texts(page.path("edges").get(0).path("node").path("regions"), "name")).containsExactly("柏庄镇");
        assertThat(texts(page.path("edges").get(1).path("node").path("industries"), "name")).containsExactly("纺织服装");
    }

    @Test
    void withoutSubregionsOnlyTheRegionsOwnProjectsCount() {
        JsonNode page = projects(Map.of("filter", Map.of("region", "北关区", "includeSubregions", false)));
        assertThat(texts(page.path("edges"), "node.name"))
                .as("amounts descending, the project without an amount last")
                .containsExactly("纺织服装产业园项目", "电商物流园项目", "北关区科创孵化园项目");
    }

    @Test
    void pagesFollowEachOtherThroughCursors() {
        JsonNode first = projects(Map.of("first", 2, "order", "AMOUNT_ASC"));
        assertThat(first.path("totalCount").asInt()).isEqualTo(5);
        assertThat(texts(first.path("edges"), "node.name")).containsExactly("电商物流园项目", "纺织服装产业园项目");
        assertThat(first.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        assertThat(first.path("pageInfo").path("hasPreviousPage").asBoolean()).isFalse();

        JsonNode second = projects(Map.of("first", 2, "order", "AMOUNT_ASC", "after", first.path("pageInfo").path("endCursor").asString()));
        assertThat(texts(second.path("edges"), "node.name")).containsExactly("无人机研发生产基地项目", "文峰文化旅游综合体项目");
        assertThat(second.path("pageInfo").path("hasPreviousPage").asBoolean()).isTrue();

        JsonNode last = projects(Map.of("first", 2, "order", "AMOUNT_ASC", "after", second.path("pageInfo").path("endCursor").asString()));
        assertThat(texts(last.path("edges"), "node.name")).containsExactly("北关区科创孵化园项目");
        assertThat(last.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
    }

    @Test
    void industryInvestorAndStatusNarrowTheList() {
        assertThat(texts(projects(Map.of("filter", Map.of("industry", "纺织服装"))).path("edges"), "node.name"))
                .containsExactly("纺织服装产业园项目");
        assertThat(texts(projects(Map.of("filter", Map.of("investor", "华凯集团"))).path("edges"), "node.name"))
                .containsExactly("文峰文化旅游综合体项目", "无人机研发生产基地项目");
        assertThat(texts(projects(Map.of("filter", Map.of("investor", "org:华凯集团", "region", "安阳市"))).path("edges"), "node.name"))
                .containsExactly("文峰文化旅游综合体项目", "无人机研发生产基地项目");
        assertThat(texts(projects(Map.of("filter", Map.of("status", List.of("UNDER_CONSTRUCTION")))).path("edges"), "node.name"))
                .containsExactly("无人机研发生产基地项目");
        assertThat(texts(projects(Map.of("filter", Map.of("maxAmountYuan", 1e9), "order", "NAME")).path("edges"), "node.name"))
                .containsExactly("电商物流园项目");
    }

    @Test
    void anUnknownIndustryIsAnErrorNamingTheFilterField() {
        JsonNode response = post(PROJECTS, Map.of("filter", Map.of("industry", "不存在产业")));
        assertThat(response.path("data").path("projects").isNull()).isTrue();
        JsonNode error = onlyError(response);
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("NOT_FOUND");
        assertThat(error.path("extensions").path("argument").asString()).isEqualTo("filter.industry");
    }

    private static final String TOTALS = """
            query($by: InvestmentGrouping!, $filter: ProjectFilter) {
              investmentTotals(groupBy: $by, filter: $filter) { key name entity { id name } amountYuan projects projectsWithoutAmount }
            }""";

    @Test
    void investmentTotalsByRegionSumEachRegionsProjects() {
        JsonNode totals = data(TOTALS, Map.of("by", "REGION", "filter", Map.of("region", "安阳市"))).path("investmentTotals");
        assertThat(texts(totals, "name")).containsExactly("文峰区", "柏庄镇", "北关区");
        JsonNode beiguan = totals.get(2);
        assertThat(beiguan.path("amountYuan").asDouble()).isEqualTo(2.0e9);
        assertThat(beiguan.path("projects").asInt()).isEqualTo(3);
        assertThat(beiguan.path("projectsWithoutAmount").asInt()).isEqualTo(1);
        assertThat(beiguan.path("entity").path("id").asString()).isEqualTo("region:410503");
    }

    @Test
    void investmentTotalsByYearInvestorAndIndustry() {
        JsonNode years = data(TOTALS, Map.of("by", "YEAR")).path("investmentTotals");
        assertThat(texts(years, "key")).containsExactly("2019", "2021", "2020", "unknown");
        assertThat(years.get(1).path("amountYuan").asDouble()).isEqualTo(2.7e9);

        JsonNode investors = data(TOTALS, Map.of("by", "INVESTOR")).path("investmentTotals");
        assertThat(investors.get(0).path("name").asString()).isEqualTo("华凯集团");
        assertThat(investors.get(0).path("amountYuan").asDouble()).isEqualTo(5.2e9);

        JsonNode industries = data(TOTALS, Map.of("by", "INDUSTRY", "filter", Map.of("region", "北关区"))).path("investmentTotals");
        assertThat(texts(industries, "key")).containsExactly("高端装备制造", "纺织服装", "现代物流", "unknown");
    }

    @Test
    void aProjectCountsInTheYearOfItsDatedSigningRatherThanOfItsFirstReport() {
        // reported in a 2021 article, signed (the investment's own date) in 2018
        driver.executableQuery("MATCH ()-[i:INVESTS_IN]->(:Project {name: '电商物流园项目'}) SET i.date = '2018-11-20'").execute();
        JsonNode years = data(TOTALS, Map.of("by", "YEAR")).path("investmentTotals");
        assertThat(texts(years, "key")).contains("2018", "2021");
        JsonNode signed = years.get(texts(years, "key").indexOf("2018"));
        assertThat(signed.path("projects").asInt()).isEqualTo(1);
        assertThat(signed.path("amountYuan").asDouble()).isEqualTo(5.0e8);
        assertThat(years.get(texts(years, "key").indexOf("2021")).path("amountYuan").asDouble()).isEqualTo(2.2e9);
    }
}
