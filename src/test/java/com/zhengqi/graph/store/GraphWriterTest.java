package com.zhengqi.graph.store;

import com.zhengqi.graph.GraphTestSupport;
import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.model.GraphRelationship;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.zhengqi.graph.store.ArticleFixture.article;
import static org.assertj.core.api.Assertions.assertThat;

/** Writes against the real embedded Neo4j: resolution, merged facts, joins, idempotence, failures. */
@SuppressWarnings("unchecked")
class GraphWriterTest extends GraphTestSupport {

    @Autowired
    GraphWriter writer;

    @BeforeEach
    void emptyGraph() {
        clearGraph();
    }

    private static ArticleFixture beiguan(String title, String date) {
        return article(title, date, "安阳日报")
                .region("r1", "北关区", "410503", "COUNTY")
                .region("r2", "安阳市", "410500", "CITY")
                .partOf("r1", "r2", "北关区是安阳市的市辖区。");
    }

    private static ArticleGraph secretary(String title, String date, String sentence) {
        return beiguan(title, date).person("p1", "李富生").leads("p1", "r1", "区委书记", sentence)
                .government("o1", "区商务局").person("p2", "陈伟").holds("p2", "o1", "局长", "区商务局局长陈伟。" + title)
                .company("c1", "广泽集团").visited("p1", "c1", "招商考察", "李富生拜访广泽集团。" + title)
                .build();
    }

    private List<ArticleGraph> corpus() {
        return List.of(
                secretary("十二月", "2020-12-05", "区委书记李富生带队招商。"),
                secretary("一月", "2021-01-10", "区委书记李富生调研。"),
                secretary("三月", "2021-03-02", "区委书记李富生出席签约。"),
                beiguan("项目", "2021-02-01").company("c1", "华凯集团").project("j1", "腾翔现代铸造产业园项目", 1_600_000_000L, "SIGNED")
                        .invests("c1", "j1", 1_600_000_000L, "华凯集团投资16亿元建设腾翔现代铸造产业园项目。")
                        .locatedIn("j1", "r1", "腾翔现代铸造产业园项目落户北关区。").build());
    }

    @Test
    void aPostReportedInSeveralArticlesIsOneRelationshipWithEveryArticleAndTheTenure() {
        List<ArticleGraph> articles = corpus();
        WriteResult result = writer.write(articles);
        assertThat(result.articlesWritten()).isEqualTo(4);

        var leads = driver.executableQuery("""
                        MATCH (:Person {name: '李富生'})-[x:LEADS]->(:Region {code: '410503'}) RETURN properties(x) AS p""")
                .execute().records();
        assertThat(leads).hasSize(1);
        Map<String, Object> p = leads.getFirst().get("p").asMap();
        assertThat(p).containsEntry("title", "区委书记").containsEntry("firstSeen", "2020-12-05").containsEntry("lastSeen", "2021-03-02")
                .containsEntry("evidence", "区委书记李富生带队招商。").containsEntry("articleId", articles.get(0).id());
        assertThat((List<Object>) p.get("articleIds")).containsExactly(articles.get(0).id(), articles.get(1).id(), articles.get(2).id());
        assertThat((List<Object>) p.get("evidences")).containsExactly("区委书记李富生带队招商。", "区委书记李富生调研。", "区委书记李富生出席签约。");
        assertThat(p).containsEntry("articleCount", 3L);

        assertThat(count("MATCH (:Person)-[x:VISITED]->(:Organization {name: '广泽集团'}) RETURN count(x)"))
                .as("a visit is an event: one per article").isEqualTo(3);
        assertThat(count("MATCH (o:Organization:GovernmentBody {id: 'org:北关区商务局'})-[:PART_OF]->(:Region {code: '410503'}) RETURN count(o)"))
                .isEqualTo(1);
        assertThat(count("MATCH (a:Article)-[m:MENTIONS]->(n) WHERE m.articleId = a.id AND m.rule IS NOT NULL RETURN count(m)"))
                .as("every entity is mentioned by its article with the rule that resolved it")
                .isEqualTo(count("MATCH (:Article)-[m:MENTIONS]->() RETURN count(m)"));
    }

    @Test
    void aFactStatedByManyArticlesCountsThemAllAndKeepsTheFirstOnes() {
        List<ArticleGraph> articles = new ArrayList<>();
        for (int i = 0; i < FactRow.KEPT_STATEMENTS + 5; i++) {
            articles.add(beiguan("第" + i + "期", "2021-01-%02d".formatted(i + 1)).build());
        }
        writer.write(articles.subList(0, 10));
        writer.write(articles.subList(10, articles.size()));

        Map<String, Object> partOf = driver.executableQuery(
                        "MATCH (:Region {code: '410503'})-[x:PART_OF]->(:Region {code: '410500'}) RETURN properties(x) AS p")
                .execute().records().getFirst().get("p").asMap();
        assertThat(partOf).containsEntry("articleCount", (long) articles.size())
                .containsEntry("firstSeen", "2021-01-01").containsEntry("lastSeen", "2021-01-25");
        assertThat((List<Object>) partOf.get("articleIds")).hasSize(FactRow.KEPT_STATEMENTS).startsWith(articles.get(0).id());
        assertThat((List<Object>) partOf.get("evidences")).hasSize(FactRow.KEPT_STATEMENTS);
    }

    @Test
    void writingTheSameArticlesAgainChangesNoCountAndNoProperty() {
        writer.write(corpus());
        List<String> before = GraphSnapshot.of(driver);

        WriteResult again = writer.write(corpus());

        assertThat(again.articlesWritten()).isZero();
        assertThat(again.articlesSkipped()).isEqualTo(4);
        assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
    }

    @Test
    void anInterruptedRunResumedGivesTheSameGraphAsOneRun() {
        List<ArticleGraph> articles = corpus();
        writer.write(articles);
        List<String> inOneRun = GraphSnapshot.of(driver);

        clearGraph();
        writer.write(articles.subList(0, 2));
        writer.write(articles);

        assertThat(GraphSnapshot.of(driver)).isEqualTo(inOneRun);
    }

    @Test
    void theSameArticleTwiceInOneBatchIsWrittenOnce() {
        ArticleGraph one = corpus().getFirst();
        WriteResult result = writer.write(List.of(one, one));
        assertThat(result.articlesWritten()).isEqualTo(1);
        assertThat(result.articlesSkipped()).isEqualTo(1);
        assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(1);
    }

    @Test
    void aProjectKeepsTheNewestStatusAndItsFirstAmount() {
        writer.write(List.of(
                beiguan("签约", "2021-01-01").project("j1", "年产9000吨针织布项目", 500_000_000L, "SIGNED")
                        .locatedIn("j1", "r1", "年产9000吨针织布项目签约落户北关区。").build(),
                beiguan("开工", "2021-06-01").project("j1", "年产9000吨针织布", null, "UNDER_CONSTRUCTION")
                        .locatedIn("j1", "r1", "年产9000吨针织布项目在北关区开工。").build(),
                beiguan("旧闻", "2020-11-01").project("j1", "年产9000吨针织布项目", null, "UNDER_NEGOTIATION")
                        .locatedIn("j1", "r1", "北关区洽谈年产9000吨针织布项目。").build()));
        var projects = driver.executableQuery("MATCH (p:Project) RETURN properties(p) AS p").execute().records();
        assertThat(projects).hasSize(1);
        assertThat(projects.getFirst().get("p").asMap())
                .containsEntry("name", "年产9000吨针织布项目")
                .containsEntry("amountYuan", 500_000_000L)
                .containsEntry("status", "UNDER_CONSTRUCTION")
                .containsEntry("firstSeen", "2020-11-01")
                .containsEntry("lastSeen", "2021-06-01");
    }

    @Test
    void anArticleJoiningTwoPeopleFoldsTheirRelationshipsAndSaysWhy() {
        ArticleGraph inBeiguan = beiguan("甲", "2020-01-01").person("p1", "赵六").leads("p1", "r1", "区长", "北关区区长赵六。").build();
        ArticleGraph inWenfeng = article("乙", "2020-02-01").region("r1", "文峰区", "410502", "COUNTY")
                .person("p1", "赵六").leads("p1", "r1", "区长", "文峰区区长赵六。").build();
        writer.write(List.of(inBeiguan, inWenfeng));
        assertThat(count("MATCH (p:Person {name: '赵六'}) RETURN count(p)")).isEqualTo(2);

        ArticleGraph both = beiguan("丙", "2020-03-01").region("r3", "文峰区", "410502", "COUNTY").person("p1", "赵六")
                .leads("p1", "r1", "区长", "赵六由文峰区区长调任北关区区长。").leads("p1", "r3", "区长", "赵六曾任文峰区区长。").build();
        WriteResult result = writer.write(List.of(both));

        assertThat(result.nodesJoined()).isEqualTo(1);
        var people = driver.executableQuery("MATCH (p:Person {name: '赵六'}) RETURN properties(p) AS p").execute().records();
        assertThat(people).hasSize(1);
        Map<String, Object> person = people.getFirst().get("p").asMap();
        assertThat((List<Object>) person.get("mergedFrom")).singleElement().asString()
                .contains("[person-anchors]").endsWith(both.id());
        assertThat((List<Object>) person.get("anchors")).contains("region:410502", "region:410503");
        var leads = driver.executableQuery("""
                        MATCH (:Person {name: '赵六'})-[x:LEADS]->(r:Region) RETURN r.code AS code, x.articleIds AS ids ORDER BY code""")
                .execute().records();
        assertThat(leads).hasSize(2);
        assertThat(leads.get(0).get("ids").asList()).containsExactlyInAnyOrder(inWenfeng.id(), both.id());
        assertThat(leads.get(1).get("ids").asList()).containsExactlyInAnyOrder(inBeiguan.id(), both.id());
        assertThat(count("MATCH (:Article)-[m:MENTIONS]->(:Person {name: '赵六'}) RETURN count(m)")).isEqualTo(3);
    }

    @Test
    void anUncodedRegionJoinsTheCodedOneAndWhatHungOnItMovesAlong() {
        writer.write(List.of(article("无码", "2020-01-01").region("r1", "北关区", null, "COUNTY").person("p1", "李富生")
                .leads("p1", "r1", "区委书记", "区委书记李富生。").build()));
        writer.write(List.of(article("有码", "2020-02-01").region("r1", "北关区", "410503", "COUNTY").build()));

        assertThat(count("MATCH (r:Region) RETURN count(r)")).isEqualTo(1);
        assertThat(count("MATCH (:Person {name: '李富生'})-[:LEADS]->(:Region {id: 'region:410503'}) RETURN count(*)")).isEqualTo(1);
        assertThat((List<Object>) GraphSnapshot.node(driver, "person:李富生@region:name:北关区").get("anchors")).containsExactly("region:410503");
        assertThat((List<Object>) GraphSnapshot.node(driver, "region:410503").get("mergedFrom")).singleElement().asString()
                .startsWith("region:name:北关区 [region-code]");

        writer.write(List.of(article("再次", "2020-03-01").region("r1", "北关区", "410503", "COUNTY").person("p1", "李富生")
                .leads("p1", "r1", "区委书记", "李富生同志。").build()));
        assertThat(count("MATCH (p:Person {name: '李富生'}) RETURN count(p)")).as("the anchor follows the join").isEqualTo(1);
    }

    @Test
    void oneBadArticleFailsAloneWithItsSourceAndTheRestOfTheBatchIsWritten() {
        List<ArticleGraph> articles = new ArrayList<>(corpus());
        ArticleGraph good = articles.get(1);
        ArticleGraph bad = new ArticleGraph("bad" + good.id().substring(3), "坏文章", "seeds/bad.txt", null, null, "坏",
                good.nodes(), List.of(new GraphRelationship("NOT A TYPE", "p1", "r1", Map.of("evidence", "?"))));
        articles.add(1, bad);
        List<IngestSummary.FileFailure> failures = new ArrayList<>();
        WriteResult result;
        try (BatchWriter batch = writer.open(failures::add)) {
            result = batch.write(articles);
        }
        assertThat(result.articlesWritten()).isEqualTo(4);
        assertThat(result.articlesFailed()).isEqualTo(1);
        assertThat(failures).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo("seeds/bad.txt");
            assertThat(f.reason()).contains("坏文章").contains("NOT A TYPE");
        });
        assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(4);
    }
}
