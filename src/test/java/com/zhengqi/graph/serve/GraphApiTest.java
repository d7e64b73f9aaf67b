package com.zhengqi.graph.serve;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GraphApiTest extends ApiTestSupport {

    private static final String LI = "person:李富生@北关区";

    private static final String NEIGHBORHOOD = """
            query($id: ID!, $depth: Int, $types: [RelationshipType!], $limit: Int) {
              neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {
                nodes { id labels type name degree amountYuan size distance }
                edges { id type source target label amountYuan evidence articleId }
                truncated
              }
            }""";

    @Test
    void theNeighborhoodOfLiFushengReachesTheFourCompaniesHeVisited() {
        JsonNode graph = data(NEIGHBORHOOD, Map.of("id", LI)).path("neighborhood");

        assertThat(texts(graph.path("nodes"), "name")).contains("李富生", "北关区",
                "广泽集团", "吴江市顺业纺织有限公司", "苏州国冠纺织有限公司", "伍创电子商务有限公司");
        JsonNode visits = filter(graph.path("edges"), "type", "VISITED");
        assertThat(visits.size()).isEqualTo(4);
        for (JsonNode visit : visits) {
            assertThat(visit.path("source").asString()).isEqualTo(LI);
            assertThat(visit.path("label").asString()).isEqualTo("招商考察");
            assertThat(visit.path("evidence").asString()).contains("重点拜访");
            assertThat(visit.path("articleId").asString()).isEqualTo("article-beiguan-2020");
        }
        assertThat(texts(filter(graph.path("edges"), "type", "LEADS"), "label")).containsOnly("区委书记");
        assertThat(graph.path("truncated").asBoolean()).isFalse();
        assertThat(texts(graph.path("nodes"), "name")).as("articles stay out unless asked for").doesNotContain("北关区:招商引资结硕果 培育壮大新动能");
    }

    @Test
    void nodesAndEdgesAreDistinctAndEveryEdgeJoinsTwoNodesOfTheAnswer() {
        JsonNode graph = data(NEIGHBORHOOD, Map.of("id", LI, "depth", 3)).path("neighborhood");
        List<String> nodeIds = texts(graph.path("nodes"), "id");
        assertThat(nodeIds).doesNotHaveDuplicates();
        assertThat(texts(graph.path("edges"), "id")).doesNotHaveDuplicates();
        Set<String> ids = new HashSet<>(nodeIds);
        for (JsonNode edge : graph.path("edges")) {
            assertThat(ids).contains(edge.path("source").asString(), edge.path("target").asString());
        }
        JsonNode centre = graph.path("nodes").get(0);
        assertThat(centre.path("id").asString()).isEqualTo(LI);
        assertThat(centre.path("distance").asInt()).isZero();
        assertThat(texts(graph.path("nodes"), "name")).as("three hops: 李富生 → 北关区 → 安阳市 → 河南省").contains("河南省");
        JsonNode drone = filter(graph.path("nodes"), "name", "无人机研发生产基地项目").get(0);
        assertThat(drone.path("amountYuan").asDouble()).isEqualTo(2.2e9);
        assertThat(drone.path("size").asDouble()).isBetween(3.0, 5.0);
        JsonNode investment = filter(graph.path("edges"), "type", "INVESTS_IN").get(0);
        assertThat(investment.path("label").asString()).endsWith("亿元");
    }

    @Test
    void typesAndLimitBoundTheAnswer() {
        JsonNode visits = data(NEIGHBORHOOD, Map.of("id", LI, "types", List.of("VISITED"))).path("neighborhood");
        assertThat(visits.path("nodes").size()).isEqualTo(5);
        assertThat(texts(visits.path("edges"), "type")).containsOnly("VISITED");

        JsonNode limited = data(NEIGHBORHOOD, Map.of("id", LI, "depth", 2, "limit", 3)).path("neighborhood");
        assertThat(limited.path("nodes").size()).isEqualTo(3);
        assertThat(limited.path("truncated").asBoolean()).isTrue();

        JsonNode articles = data(NEIGHBORHOOD, Map.of("id", LI, "types", List.of("MENTIONS"))).path("neighborhood");
        assertThat(texts(articles.path("nodes"), "type")).containsOnly("Person", "Article");
        assertThat(articles.path("nodes").size()).isEqualTo(3);
    }

    @Test
    void depthOutsideOneToThreeIsAnErrorNamingDepthAndAnUnknownIdIsNotFound() {
        JsonNode deep = onlyError(post(NEIGHBORHOOD, Map.of("id", LI, "depth", 4)));
        assertThat(deep.path("extensions").path("argument").asString()).isEqualTo("depth");
        assertThat(deep.path("message").asString()).contains("between 1 and 3");

        JsonNode unknown = post(NEIGHBORHOOD, Map.of("id", "person:nobody"));
        assertThat(unknown.path("data").path("neighborhood").isNull()).isTrue();
        assertThat(onlyError(unknown).path("extensions").path("classification").asString()).isEqualTo("NOT_FOUND");
    }

    private static final String PATH = """
            query($from: ID!, $to: ID!, $max: Int) {
              shortestPath(fromId: $from, toId: $to, maxLength: $max) {
                length nodes { id name distance } edges { type source target label }
              }
            }""";

    @Test
    void theShortestPathFromTheTownHeadToTheCommerceChiefGoesThroughTheRegions() {
        JsonNode path = data(PATH, Map.of("from", "person:和海金@柏庄镇", "to", "person:陈伟@北关区商务局")).path("shortestPath");
        assertThat(path.path("length").asInt()).isEqualTo(4);
        assertThat(texts(path.path("nodes"), "name")).containsExactly("和海金", "柏庄镇", "北关区", "北关区商务局", "陈伟");
        assertThat(texts(path.path("edges"), "type")).containsExactly("LEADS", "PART_OF", "PART_OF", "HOLDS_POSITION");
        assertThat(path.path("edges").get(3).path("source").asString()).isEqualTo("person:陈伟@北关区商务局");
        assertThat(path.path("edges").get(3).path("label").asString()).isEqualTo("局长");
    }

    @Test
    void noPathWithinTheLengthIsNullWithoutAnErrorAndUnknownEndsAreErrors() {
        JsonNode tooShort = post(PATH, Map.of("from", "person:和海金@柏庄镇", "to", "person:陈伟@北关区商务局", "max", 3));
        assertThat(tooShort.path("errors").isMissingNode()).isTrue();
        assertThat(tooShort.path("data").path("shortestPath").isNull()).isTrue();

        JsonNode unknown = onlyError(post(PATH, Map.of("from", "person:和海金@柏庄镇", "to", "nobody")));
        assertThat(unknown.path("extensions").path("argument").asString()).isEqualTo("toId");

        JsonNode same = data(PATH, Map.of("from", LI, "to", LI)).path("shortestPath");
        assertThat(same.path("length").asInt()).isZero();
        assertThat(texts(same.path("nodes"), "name")).containsExactly("李富生");
    }

    private static JsonNode filter(JsonNode array, String field, String value) {
        var result = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        array.forEach(item -> {
            if (value.equals(item.path(field).asString())) {
                result.add(item);
            }
        });
        return result;
    }
}
