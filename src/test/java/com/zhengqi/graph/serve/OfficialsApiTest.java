package com.zhengqi.graph.serve;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OfficialsApiTest extends ApiTestSupport {

    private static final String OFFICIALS = """
            query($region: String!, $sub: Boolean, $title: String) {
              officials(region: $region, includeSubregions: $sub, title: $title) {
                id person { id name } title type organization { name } region { name }
                evidence start end article { id title publishedOn } firstSeen lastSeen reports
              }
            }""";

    @Test
    void beiguanOfficialsIncludeLiFushengAsPartySecretaryWithEvidence() {
        JsonNode officials = data(OFFICIALS, Map.of("region", "北关区")).path("officials");

        JsonNode li = officials.get(0);
        assertThat(li.path("person").path("name").asString()).isEqualTo("李富生");
        assertThat(li.path("title").asString()).isEqualTo("区委书记");
        assertThat(li.path("type").asString()).isEqualTo("LEADS");
        assertThat(li.path("region").path("name").asString()).isEqualTo("北关区");
        assertThat(li.path("evidence").asString()).contains("区委书记李富生");
        assertThat(li.path("article").path("publishedOn").asString()).isEqualTo("2020-12-15");
        assertThat(li.path("reports").asInt()).as("two articles report the post").isEqualTo(2);
        assertThat(li.path("firstSeen").asString()).isEqualTo("2020-12-15");
        assertThat(li.path("lastSeen").asString()).isEqualTo("2021-03-02");
        assertThat(li.path("start").asInt()).isEqualTo(7);

        assertThat(texts(officials, "person.name")).containsExactly("李富生", "陈伟");
        JsonNode chen = officials.get(1);
        assertThat(chen.path("title").asString()).isEqualTo("局长");
        assertThat(chen.path("organization").path("name").asString()).isEqualTo("北关区商务局");
        assertThat(chen.path("region").path("name").asString()).as("the body's region").isEqualTo("北关区");
    }

    @Test
    void subregionsAddTheTownHeadAndTheTitleFilterKeepsSecretaries() {
        JsonNode all = data(OFFICIALS, Map.of("region", "北关区", "sub", true)).path("officials");
        assertThat(texts(all, "person.name")).containsExactlyInAnyOrder("李富生", "陈伟", "和海金");
        assertThat(texts(all, "person.name")).doesNotContain("刘明");
        JsonNode townHead = all.get(texts(all, "person.name").indexOf("和海金"));
        assertThat(townHead.path("reports").asInt()).as("a merged fact counts all its articles").isEqualTo(3);
        assertThat(townHead.path("firstSeen").asString()).isEqualTo("2020-12-15");
        assertThat(townHead.path("lastSeen").asString()).isEqualTo("2021-03-02");

        JsonNode secretaries = data(OFFICIALS, Map.of("region", "安阳市", "sub", true, "title", "书记")).path("officials");
        assertThat(texts(secretaries, "person.name")).containsExactly("李富生");
    }

    @Test
    void aRegionCanBeNamedByCodeOrId() {
        assertThat(texts(data(OFFICIALS, Map.of("region", "410502")).path("officials"), "person.name")).containsExactly("刘明");
        assertThat(texts(data(OFFICIALS, Map.of("region", "region:410503100")).path("officials"), "title")).containsExactly("镇长");
    }

    @Test
    void regionOfficialsAsAFieldGiveTheSameAnswer() {
        JsonNode region = data("""
                { region(name: "北关区") { officials(includeSubregions: true) { person { name } title } } }""").path("region");
        assertThat(texts(region.path("officials"), "person.name")).containsExactlyInAnyOrder("李富生", "陈伟", "和海金");
    }

    @Test
    void anUnknownRegionGivesNullAndAnErrorAtItsPath() {
        JsonNode response = post(OFFICIALS, Map.of("region", "不存在区"));
        assertThat(response.path("data").path("officials").isNull()).isTrue();
        JsonNode error = onlyError(response);
        assertThat(error.path("path").get(0).asString()).isEqualTo("officials");
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("NOT_FOUND");
        assertThat(error.path("extensions").path("argument").asString()).isEqualTo("region");
        assertThat(error.path("message").asString()).contains("不存在区");
    }
}
