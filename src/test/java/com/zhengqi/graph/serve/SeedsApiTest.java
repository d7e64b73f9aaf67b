package com.zhengqi.graph.serve;

import com.zhengqi.graph.GraphQlHttp;
import com.zhengqi.graph.GraphTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example questions against seeds/ as the real extractor reads them (ingested once for
 * the class): they hold as long as extraction finds these facts in the seed pages.
 */
class SeedsApiTest extends GraphTestSupport {

    private static boolean ingested;

    @BeforeEach
    void ingestSeedsOnce() {
        if (!ingested) {
            clearGraph();
            assertThat(ingest(SEEDS).failures()).isEmpty();
            ingested = true;
        }
    }

    private JsonNode data(String document, Map<String, Object> variables) {
        JsonNode response = new GraphQlHttp(httpPort).post(document, variables);
        assertThat(response.path("errors").isMissingNode()).as("errors in %s", response).isTrue();
        return response.path("data");
    }

    @Test
    void beiguansOfficialsIncludeLiFushengAsPartySecretaryWithEvidence() {
        JsonNode officials = data("{ officials(region: \"北关区\") { person { name } title evidence article { id } } }", Map.of())
                .path("officials");
        JsonNode li = null;
        for (JsonNode position : officials) {
            if ("李富生".equals(position.path("person").path("name").asString())) {
                li = position;
            }
        }
        assertThat(li).as("李富生 among %s", officials).isNotNull();
        assertThat(li.path("title").asString()).isEqualTo("区委书记");
        assertThat(li.path("evidence").asString()).contains("李富生");
        assertThat(li.path("article").path("id").asString()).isNotBlank();
    }

    @Test
    void projectsOverOneBillionYuanInBeiguanComeLargestFirst() {
        JsonNode projects = data("{ projects(filter: {region: \"北关区\", minAmountYuan: 1e9}) { totalCount nodes { name amountYuan } } }",
                Map.of()).path("projects");
        List<Double> amounts = new ArrayList<>();
        projects.path("nodes").forEach(p -> amounts.add(p.path("amountYuan").asDouble()));
        assertThat(amounts).isNotEmpty().allSatisfy(a -> assertThat(a).isGreaterThanOrEqualTo(1e9));
        assertThat(amounts).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(projects.path("totalCount").asInt()).isEqualTo(amounts.size());
    }

    @Test
    void investmentTotalsByRegionIncludeBeiguan() {
        JsonNode totals = data("{ investmentTotals(groupBy: REGION) { name amountYuan projects } }", Map.of()).path("investmentTotals");
        JsonNode beiguan = null;
        for (JsonNode total : totals) {
            if ("北关区".equals(total.path("name").asString())) {
                beiguan = total;
            }
        }
        assertThat(beiguan).as("北关区 among %s", totals).isNotNull();
        assertThat(beiguan.path("amountYuan").asDouble()).isPositive();
        assertThat(beiguan.path("projects").asInt()).isPositive();
    }

    @Test
    void theNeighborhoodOfLiFushengReachesTheFourCompaniesHeVisited() {
        String id = data("{ search(text: \"李富生\", types: [PERSON], first: 1) { nodes { id } } }", Map.of())
                .path("search").path("nodes").get(0).path("id").asString();
        JsonNode graph = data("query($id: ID!) { neighborhood(id: $id) { nodes { id name } edges { type target } } }", Map.of("id", id))
                .path("neighborhood");
        List<String> visited = new ArrayList<>();
        for (JsonNode edge : graph.path("edges")) {
            if ("VISITED".equals(edge.path("type").asString())) {
                for (JsonNode node : graph.path("nodes")) {
                    if (node.path("id").asString().equals(edge.path("target").asString())) {
                        visited.add(node.path("name").asString());
                    }
                }
            }
        }
        assertThat(visited).contains("广泽集团", "吴江市顺业纺织有限公司", "苏州国冠纺织有限公司", "伍创电子商务有限公司");
    }

    @Test
    void beiguansReportedStatisticIsOnTheRegion() {
        JsonNode statistics = data("{ region(name: \"北关区\") { statistics { kind amountYuan evidence } } }", Map.of())
                .path("region").path("statistics");
        List<Double> amounts = new ArrayList<>();
        statistics.forEach(s -> amounts.add(s.path("amountYuan").asDouble()));
        assertThat(amounts).contains(1.765e10);
    }
}
