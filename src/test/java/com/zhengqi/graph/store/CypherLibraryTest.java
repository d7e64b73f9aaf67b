package com.zhengqi.graph.store;

import com.zhengqi.graph.GraphTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every query of cypher/ against the graph of {@link AnyangStory}, with the rows worked out by hand
 * from the six articles. The graph is built from fixtures, so the answers do not depend on how well
 * the extractor reads the seeds.
 */
@SuppressWarnings("unchecked")
class CypherLibraryTest extends GraphTestSupport {

    /** Every query file must be exercised here; a new file without a test fails {@link #everyQueryInTheFolderIsTested}. */
    private static final List<String> TESTED = List.of("officials-of-region", "official-visits-and-investments",
            "company-investment-network", "investment-by-region", "investment-by-industry", "investment-by-year",
            "shortest-path", "relationship-evidence", "why-merged",
            // tested on extracted articles in CareerCypherTest
            "official-career", "holders-on-date", "companies-following-official",
            // tested over the API in serve/TimelineApiTest
            "entity-timeline");

    @Autowired
    GraphWriter writer;

    @Autowired
    CypherLibrary library;

    @BeforeEach
    void anyangStory() {
        clearGraph();
        writer.write(AnyangStory.all());
    }

    private List<Map<String, Object>> run(String query, Object... parameters) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            params.put((String) parameters[i], parameters[i + 1]);
        }
        return library.run(query, params);
    }

    /** The named columns of each row, in order, as lists (nulls kept). */
    private static List<List<Object>> rows(List<Map<String, Object>> rows, String... columns) {
        return rows.stream().map(r -> Arrays.stream(columns).map(r::get).toList()).toList();
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void officialsOfARegionIncludeItsTownsAndBodiesWithTenure() {
        var rows = run("officials-of-region", "region", "北关区");
        assertThat(rows(rows, "official", "title", "post", "region", "firstSeen", "lastSeen")).containsExactly(
                row("李富生", "区委书记", "北关区", "北关区", "2020-12-05", "2021-06-01"),
                row("裴勇", "副区长", "北关区", "北关区", "2021-01-10", "2021-01-10"),
                row("陈伟", "局长", "北关区商务局", "北关区", "2020-12-05", "2021-06-01"),
                row("和海金", "镇长", "柏庄镇", "柏庄镇", "2021-03-01", "2021-03-01"));
        assertThat(rows(run("officials-of-region", "region", "region:410500"), "official"))
                .as("the city holds both districts")
                .contains(row("王刚"), row("李富生"), row("和海金"))
                .doesNotContain(row("张华"));
    }

    @Test
    void visitsOfAnOfficialWithWhatTheCompaniesInvestedAfterwards() {
        var rows = run("official-visits-and-investments", "person", "李富生");
        assertThat(rows(rows, "company", "visitedOn", "project", "investedYuan", "projectTotalYuan", "region", "investedOn")).containsExactly(
                row("广泽集团", "2020-12-01", "宏居服装专业市场项目", null, 1_000_000_000L, "柏庄镇", "2021-03-01"),
                row("吴江市顺业纺织有限公司", "2020-12-02", "宏居服装专业市场项目", null, 1_000_000_000L, "柏庄镇", "2021-03-01"),
                row("吴江市顺业纺织有限公司", "2020-12-02", "年产9000吨针织布项目", 500_000_000L, 500_000_000L, "北关区", "2021-01-10"),
                row("苏州国冠纺织有限公司", "2020-12-03", null, null, null, null, null),
                row("华凯集团", "2020-12-04", "文峰智慧物流园项目", 300_000_000L, 300_000_000L, "文峰区", "2021-05-01"));
    }

    @Test
    void investmentNetworkOfACompanyFoundByAnyOfItsNames() {
        var rows = run("company-investment-network", "company", "顺业纺织有限公司");
        assertThat(rows(rows, "company", "project", "region", "industries", "coInvestors", "officialsMet")).containsExactly(
                row("吴江市顺业纺织有限公司", "宏居服装专业市场项目", "柏庄镇", List.of("纺织服装"), List.of("广泽集团"), List.of("李富生")),
                row("吴江市顺业纺织有限公司", "年产9000吨针织布项目", "北关区", List.of("纺织服装"), List.of(), List.of("李富生")));
        var huakai = run("company-investment-network", "company", "华凯集团");
        assertThat(rows(huakai, "project", "investedYuan", "status", "executives")).containsExactly(
                row("文峰智慧物流园项目", 300_000_000L, "UNDER_CONSTRUCTION", List.of("张华 (董事长)")),
                row("腾翔现代铸造产业园项目", 1_600_000_000L, "SIGNED", List.of("张华 (董事长)")));
    }

    @Test
    void investmentTotalsByRegionRollUpAndCountEachProjectOnce() {
        assertThat(rows(run("investment-by-region"), "region", "level", "projects", "totalYuan", "projectsWithoutAmount")).containsExactly(
                row("安阳市", "CITY", 4L, 3_400_000_000L, 0L),
                row("河南省", "PROVINCE", 4L, 3_400_000_000L, 0L),
                row("北关区", "COUNTY", 3L, 3_100_000_000L, 0L),
                row("柏庄镇", "TOWN", 1L, 1_000_000_000L, 0L),
                row("文峰区", "COUNTY", 1L, 300_000_000L, 0L));
    }

    @Test
    void investmentTotalsByIndustryAndByYear() {
        assertThat(rows(run("investment-by-industry"), "industry", "projects", "totalYuan")).containsExactly(
                row("铸造", 1L, 1_600_000_000L),
                row("纺织服装", 2L, 1_500_000_000L),
                row("物流", 1L, 300_000_000L));
        assertThat(rows(run("investment-by-year"), "year", "projects", "totalYuan")).containsExactly(
                row("2020", 1L, 1_600_000_000L),
                row("2021", 3L, 1_800_000_000L));
    }

    @Test
    void aProjectWhoseInvestmentIsDatedCountsInThatYearNotInTheYearItWasReported() {
        writer.write(List.of(ArticleFixture.article("青禾食品签约冷链项目", "2021-04-02")
                .company("qh", "青禾食品有限公司")
                .project("ll", "青禾冷链仓储项目", 200_000_000L, "SIGNED")
                .relate("INVESTS_IN", "qh", "ll", "2017年3月，青禾食品有限公司投资2亿元签约青禾冷链仓储项目。",
                        Map.of("amountYuan", 200_000_000L, "date", "2017-03-01", "datePrecision", "MONTH"))
                .build()));
        assertThat(rows(run("investment-by-year"), "year", "projects", "totalYuan")).containsExactly(
                row("2017", 1L, 200_000_000L),
                row("2020", 1L, 1_600_000_000L),
                row("2021", 3L, 1_800_000_000L));
    }

    @Test
    void shortestPathBetweenTwoPeopleAndBetweenAPersonAndACompany() {
        var officials = run("shortest-path", "from", "陈伟", "to", "和海金");
        assertThat(rows(officials, "hops", "names", "types")).containsExactly(row(4L,
                List.of("陈伟", "北关区商务局", "北关区", "柏庄镇", "和海金"),
                List.of("HOLDS_POSITION", "PART_OF", "PART_OF", "LEADS")));
        assertThat((List<?>) officials.getFirst().get("evidence")).first().isEqualTo("区商务局局长陈伟随同考察。");

        assertThat(rows(run("shortest-path", "from", "张华", "to", "李富生"), "hops", "names")).containsExactly(
                row(2L, List.of("张华", "华凯集团", "李富生")));
        assertThat(rows(run("shortest-path", "from", "李富生", "to", "苏州国冠纺织有限公司"), "hops", "types")).containsExactly(
                row(1L, List.of("VISITED")));
    }

    @Test
    void evidenceBehindARelationshipGivesEveryArticleThatStatesIt() {
        var leads = run("relationship-evidence", "from", "李富生", "type", "LEADS", "to", "北关区");
        assertThat(rows(leads, "title", "evidence", "articleTitle", "publishedOn")).containsExactly(
                row("区委书记", "12月1日至4日,区委书记李富生带队赴江苏招商考察。", "李富生带队赴江苏招商", "2020-12-05"),
                row("区委书记", "区委书记李富生出席推进会并讲话。", "北关区召开招商引资推进会", "2021-06-01"));
        var anyType = run("relationship-evidence", "from", "李富生", "type", null, "to", "华凯集团");
        assertThat(rows(anyType, "type", "evidence")).containsExactly(row("VISITED", "李富生回访华凯集团。"));
    }

    @Test
    void whyMergedShowsHowEachArticleWroteTheEntityAndWhichRuleJoinedIt() {
        var bureau = run("why-merged", "entity", "org:北关区商务局");
        assertThat(rows(bureau, "articleTitle", "surface", "rule")).containsExactly(
                row("李富生带队赴江苏招商", "区商务局", "short-form"),
                row("北关区召开招商引资推进会", "北关区商务局", "same-name"));
        assertThat((List<Object>) bureau.getFirst().get("aliases")).containsExactly("区商务局");

        var company = run("why-merged", "entity", "org:吴江市顺业纺织有限公司");
        assertThat(rows(company, "publishedOn", "surface", "rule")).containsExactly(
                row("2020-12-05", "吴江市顺业纺织有限公司", "new"),
                row("2021-01-10", "吴江市顺业纺织有限公司", "same-name"),
                row("2021-03-01", "顺业纺织有限公司", "company-alias"));
    }

    @Test
    void everyQueryInTheFolderIsTestedAndDescribesItself() throws IOException {
        List<String> files;
        try (Stream<Path> listing = Files.list(Path.of("cypher"))) {
            files = listing.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".cypher") && !f.equals("schema.cypher"))
                    .map(f -> f.replace(".cypher", "")).sorted().toList();
        }
        assertThat(files).containsExactlyInAnyOrderElementsOf(TESTED);
        assertThat(library.queries()).extracting(CypherLibrary.Query::name).containsExactlyInAnyOrderElementsOf(TESTED);
        List<String> undocumented = new ArrayList<>();
        for (CypherLibrary.Query query : library.queries()) {
            for (String parameter : query.parameters().keySet()) {
                if (!query.cypher().contains("$" + parameter)) {
                    undocumented.add(query.name() + ": $" + parameter + " is described but not used");
                }
            }
            var used = Pattern.compile("\\$(\\w+)").matcher(query.cypher()).results().map(m -> m.group(1)).distinct().toList();
            used.stream().filter(p -> !query.parameters().containsKey(p)).forEach(p -> undocumented.add(query.name() + ": $" + p + " is not described"));
        }
        assertThat(undocumented).isEmpty();
    }

    @Test
    void aQueryRunWithoutItsParametersSaysWhichAreMissing() {
        assertThatThrownBy(() -> library.run("shortest-path", Map.of("from", "陈伟")))
                .hasMessageContaining("shortest-path").hasMessageContaining("to");
    }
}
