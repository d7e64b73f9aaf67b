package com.zhengqi.graph.serve;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OverviewApiTest extends ApiTestSupport {

    private static final String OVERVIEW = """
            query($first: Int) {
              overview(first: $first) {
                counts { articles people companies governmentBodies regions projects industries amountYuan }
                officials { relationships entity { id name labels } }
                companies { relationships entity { id name ... on Company { kind } } }
                regions { amountYuan projects projectsWithoutAmount region { id name level parent { id } } }
              }
            }""";

    @Test
    void theCountsSayWhatTheGraphHoldsAndHowMuchMoneyItsProjectsState() {
        JsonNode counts = data(OVERVIEW, Map.of()).path("overview").path("counts");

        assertThat(counts.path("people").asInt()).isEqualTo(5);
        assertThat(counts.path("projects").asInt()).isEqualTo(5);
        assertThat(counts.path("regions").asInt()).isEqualTo(5);
        assertThat(counts.path("companies").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(counts.path("governmentBodies").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(counts.path("articles").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(counts.path("amountYuan").asDouble()).as("1.5 + 2.2 + 0.5 + 3.0 (亿 ×10)").isEqualTo(7.2e9);
    }

    @Test
    void officialsAreRankedByTheirRelationshipsAndLiFushengLeads() {
        JsonNode overview = data(OVERVIEW, Map.of("first", 3)).path("overview");

        JsonNode officials = overview.path("officials");
        assertThat(officials.size()).isEqualTo(3);
        assertThat(officials.get(0).path("entity").path("name").asString()).isEqualTo("李富生");
        assertThat(texts(officials, "entity.name")).as("a reporter holds no post").doesNotContain("王嘉晨");
        int previous = Integer.MAX_VALUE;
        for (JsonNode official : officials) {
            int relationships = official.path("relationships").asInt();
            assertThat(relationships).isPositive().isLessThanOrEqualTo(previous);
            previous = relationships;
        }
        assertThat(texts(overview.path("companies"), "entity.kind")).isNotEmpty().containsOnly("COMPANY");
    }

    @Test
    void moneyIsRolledUpFromTheProjectsRegionToItsCountyCityAndProvince() {
        JsonNode regions = data(OVERVIEW, Map.of()).path("overview").path("regions");

        List<String> names = texts(regions, "region.name");
        assertThat(names).contains("河南省", "安阳市", "北关区", "文峰区").as("towns are not rolled up to").doesNotContain("柏庄镇");
        JsonNode beiguan = regions.get(names.indexOf("北关区"));
        assertThat(beiguan.path("amountYuan").asDouble()).as("its own three projects and the one in 柏庄镇").isEqualTo(4.2e9);
        assertThat(beiguan.path("projects").asInt()).isEqualTo(4);
        assertThat(beiguan.path("projectsWithoutAmount").asInt()).isEqualTo(1);
        assertThat(beiguan.path("region").path("parent").path("id").asString()).isEqualTo("region:410500");
        JsonNode henan = regions.get(names.indexOf("河南省"));
        assertThat(henan.path("amountYuan").asDouble()).isEqualTo(7.2e9);
        assertThat(henan.path("region").path("level").asString()).isEqualTo("PROVINCE");
        assertThat(names.indexOf("北关区")).as("largest first").isLessThan(names.indexOf("文峰区"));
    }

    @Test
    void aFirstAboveTheMaximumIsRefusedNamingTheArgument() {
        JsonNode error = onlyError(post(OVERVIEW, Map.of("first", 101)));
        assertThat(error.toString()).contains("first");
    }
}
