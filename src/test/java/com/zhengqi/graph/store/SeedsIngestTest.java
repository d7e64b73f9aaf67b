package com.zhengqi.graph.store;

import com.zhengqi.graph.GraphTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five seed pages through the real extractor into an empty store: the counts docs/store.md
 * documents, nothing added by a second run, provenance on every relationship, the resolution of the
 * entities the seeds name more than once, and the Cypher library on real extraction.
 *
 * <p>The exact counts follow the extractor: when extraction improves they change. Then check the
 * new numbers are better (not a resolution regression), and update {@link #NODES}, {@link #RELATIONSHIPS}
 * and the table in docs/store.md together.
 */
class SeedsIngestTest extends GraphTestSupport {

    /** Nodes by label (a node with two labels counts under both). */
    private static final Map<String, Long> NODES = Map.of(
            "Article", 32L, "Person", 53L, "Organization", 72L, "Company", 34L, "GovernmentBody", 38L,
            "Region", 52L, "Project", 54L, "Industry", 22L, "InvestmentStatistic", 9L);

    /** Relationships by type. */
    private static final Map<String, Long> RELATIONSHIPS = Map.of(
            "MENTIONS", 366L, "PART_OF", 81L, "LOCATED_IN", 54L, "IN_INDUSTRY", 28L, "REPORTED", 62L, "HOLDS_POSITION", 7L,
            "LEADS", 7L, "VISITED", 4L, "INVESTS_IN", 3L, "FOR_REGION", 9L);

    @Autowired
    CypherLibrary library;

    @BeforeEach
    void seeds() {
        clearGraph();
        IngestSummary summary = ingest(SEEDS);
        assertThat(summary.failures()).isEmpty();
    }

    private Map<String, Long> counts(String cypher) {
        Map<String, Long> counts = new LinkedHashMap<>();
        driver.executableQuery(cypher).execute().records().forEach(r -> counts.put(r.get(0).asString(), r.get(1).asLong()));
        return counts;
    }

    private List<String> names(String cypher) {
        return driver.executableQuery(cypher).execute().records().stream().map(r -> r.get(0).asString()).toList();
    }

    @Test
    void theSeedsGiveTheDocumentedCountsAndASecondRunAddsNothing() {
        Map<String, Long> nodes = counts("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) ORDER BY label");
        Map<String, Long> relationships = counts("MATCH ()-[r]->() RETURN type(r), count(*) ORDER BY type(r)");
        assertThat(nodes).as("nodes by label").containsExactlyInAnyOrderEntriesOf(NODES);
        assertThat(relationships).as("relationships by type").containsExactlyInAnyOrderEntriesOf(RELATIONSHIPS);
        List<String> graph = GraphSnapshot.of(driver);

        IngestSummary again = ingest(SEEDS);

        assertThat(again.written().articlesWritten()).isZero();
        assertThat(again.written().articlesSkipped()).isEqualTo(NODES.get("Article").intValue());
        assertThat(GraphSnapshot.of(driver)).isEqualTo(graph);
    }

    @Test
    void everyRelationshipSaysWhichArticleAndSentenceItComesFrom() {
        assertThat(counts("MATCH ()-[r]->() WHERE r.articleId IS NULL RETURN type(r), count(r)")).isEmpty();
        assertThat(counts("MATCH ()-[r]->() WHERE r.evidence IS NULL OR r.evidence = '' RETURN type(r), count(r)")).isEmpty();
        assertThat(count("MATCH ()-[r]->() WHERE r.articleId IS NOT NULL AND NOT EXISTS { MATCH (:Article {id: r.articleId}) } RETURN count(r)"))
                .as("articleId names an article in the graph").isZero();
    }

    @Test
    void entitiesTheSeedsNameMoreThanOnceAreOneNodeEach() {
        assertThat(count("MATCH (p:Person {name: '李富生'}) RETURN count(p)")).isEqualTo(1);
        assertThat(count("MATCH (r:Region {name: '北关区'}) RETURN count(r)")).isEqualTo(1);
        assertThat(names("MATCH (o:Organization) WHERE '区商务局' IN o.aliases RETURN o.name")).containsExactly("北关区商务局");
        assertThat(names("MATCH (o:Organization) WHERE o.name = '蒙牛集团' OR '蒙牛集团' IN o.aliases RETURN o.id"))
                .containsExactly("org:蒙牛乳业集团");
        assertThat(names("""
                MATCH (:Organization {name: '蒙牛乳业集团齐齐哈尔乳制品有限公司'})-[:PART_OF]->(group:Organization) RETURN group.id"""))
                .containsExactly("org:蒙牛乳业集团");
        assertThat(count("MATCH (p:Person {name: '王嘉晨'}) RETURN count(p)")).as("the reporter of the 北关区 page").isEqualTo(1);
    }

    @Test
    void theCypherLibraryAnswersFromTheSeeds() {
        var officials = library.run("officials-of-region", Map.of("region", "北关区"));
        assertThat(officials).extracting(r -> r.get("official") + " " + r.get("title") + " " + r.get("post")).contains(
                "李富生 区委书记 北关区", "陈伟 局长 北关区商务局", "裴勇 副区长 北关区", "和海金 镇长 柏庄镇");
        var visits = library.run("official-visits-and-investments", Map.of("person", "李富生"));
        assertThat(visits).extracting(r -> r.get("company")).contains(
                "广泽集团", "吴江市顺业纺织有限公司", "苏州国冠纺织有限公司", "伍创电子商务有限公司");
        var path = library.run("shortest-path", Map.of("from", "陈伟", "to", "和海金"));
        assertThat(path).first().satisfies(p -> assertThat(p.get("names")).isEqualTo(List.of("陈伟", "北关区商务局", "北关区", "柏庄镇", "和海金")));
        var totals = library.run("investment-by-region", Map.of());
        assertThat(totals).filteredOn(r -> "北关区".equals(r.get("region"))).singleElement()
                .satisfies(r -> assertThat(((Number) r.get("totalYuan")).doubleValue()).isPositive());
    }
}
