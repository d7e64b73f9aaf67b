package com.zhengqi.graph.serve;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EntityApiTest extends ApiTestSupport {

    @Test
    void aPersonShowsPostsVisitsAndArticles() {
        JsonNode li = data("""
                { person(id: "person:李富生@北关区") {
                    name labels
                    positions { title type region { name code level } reports }
                    visits { organization { name } date purpose evidence article { id } }
                    mentionedIn { article { title publishedOn } count }
                } }""").path("person");
        assertThat(li.path("name").asString()).isEqualTo("李富生");
        assertThat(li.path("positions").size()).isEqualTo(1);
        assertThat(li.path("positions").get(0).path("region").path("level").asString()).isEqualTo("COUNTY");
        assertThat(texts(li.path("visits"), "organization.name")).containsExactlyInAnyOrder(
                "广泽集团", "吴江市顺业纺织有限公司", "苏州国冠纺织有限公司", "伍创电子商务有限公司");
        assertThat(texts(li.path("visits"), "article.id")).containsOnly("article-beiguan-2020");
        assertThat(texts(li.path("mentionedIn"), "article.publishedOn")).containsExactly("2021-03-02", "2020-12-15");
    }

    @Test
    void organizationsResolveToCompanyOrGovernmentBody() {
        JsonNode company = data("""
                { organization(id: "org:华凯集团") {
                    __typename name kind
                    investments { project { name } amountYuan currency approximate evidence article { publishedOn } }
                    regions { name }
                } }""").path("organization");
        assertThat(company.path("__typename").asString()).isEqualTo("Company");
        assertThat(company.path("kind").asString()).isEqualTo("COMPANY");
        assertThat(texts(company.path("investments"), "project.name")).containsExactly("文峰文化旅游综合体项目", "无人机研发生产基地项目");
        JsonNode drone = company.path("investments").get(1);
        assertThat(drone.path("approximate").asBoolean()).isTrue();
        assertThat(drone.path("currency").asString()).isEqualTo("CNY");
        assertThat(drone.path("evidence").asString()).contains("约22亿元");
        assertThat(drone.path("article").path("publishedOn").asString()).isEqualTo("2021-03-02");

        JsonNode body = data("""
                { organization(id: "org:北关区商务局") {
                    __typename aliases parent { name } positions { person { name } title }
                    ... on GovernmentBody { regions { name } }
                } }""").path("organization");
        assertThat(body.path("__typename").asString()).isEqualTo("GovernmentBody");
        assertThat(body.path("aliases").get(0).asString()).isEqualTo("区商务局");
        assertThat(body.path("parent").path("name").asString()).isEqualTo("北关区");
        assertThat(texts(body.path("positions"), "person.name")).containsExactly("陈伟");
    }

    @Test
    void aRegionShowsItsTreeProjectsAndStatistics() {
        JsonNode beiguan = data("""
                { region(name: "北关区") {
                    id code level parent { name parent { name } } children { name }
                    projects(first: 2) { name amountYuan }
                    statistics { kind amountYuan count evidence article { title } }
                } }""").path("region");
        assertThat(beiguan.path("code").asString()).isEqualTo("410503");
        assertThat(beiguan.path("parent").path("parent").path("name").asString()).isEqualTo("河南省");
        assertThat(texts(beiguan.path("children"), "name")).containsExactly("柏庄镇");
        assertThat(texts(beiguan.path("projects"), "name")).containsExactly("无人机研发生产基地项目", "纺织服装产业园项目");
        JsonNode statistic = beiguan.path("statistics").get(0);
        assertThat(statistic.path("count").asInt()).isEqualTo(32);
        assertThat(statistic.path("amountYuan").asDouble()).isEqualTo(1.56e10);
        assertThat(statistic.path("evidence").asString()).contains("签约项目32个");
        assertThat(statistic.path("article").path("title").asString()).startsWith("北关区");

        assertThat(data("{ region(code: \"410503100\") { name } }").path("region").path("name").asString()).isEqualTo("柏庄镇");
    }

    @Test
    void aProjectShowsItsInvestorsPlaceAndIndustry() {
        JsonNode project = data("""
                { project(id: "project:纺织服装产业园项目") {
                    amountYuan status investments { investor { __typename name } amountYuan start end }
                    regions { name } industries { name projects { name } organizations { name } }
                } }""").path("project");
        assertThat(project.path("status").asString()).isEqualTo("SIGNED");
        assertThat(project.path("investments").get(0).path("investor").path("__typename").asString()).isEqualTo("Company");
        assertThat(project.path("investments").get(0).path("start").asInt()).isEqualTo(112);
        assertThat(texts(project.path("industries").get(0).path("organizations"), "name")).containsExactly("吴江市顺业纺织有限公司");
    }

    @Test
    void anArticleShowsItsTextMentionsAndBylines() {
        JsonNode article = data("""
                { article(id: "article-beiguan-2020") {
                    text mentions(first: 3) { entity { name } count } reporters { person { name } role }
                } }""").path("article");
        assertThat(article.path("text").asString()).contains("区委书记李富生");
        assertThat(article.path("mentions").size()).isEqualTo(3);
        assertThat(texts(article.path("reporters"), "person.name")).containsExactly("王嘉晨");
        assertThat(texts(article.path("reporters"), "role")).containsExactly("REPORTER");
    }

    @Test
    void unknownIdsAreNullWithAnErrorAtTheirPath() {
        JsonNode response = post("query($id: ID!) { person(id: $id) { name } project(id: \"project:纺织服装产业园项目\") { name } }",
                Map.of("id", "person:nobody"));
        assertThat(response.path("data").path("person").isNull()).isTrue();
        assertThat(response.path("data").path("project").path("name").asString()).isEqualTo("纺织服装产业园项目");
        JsonNode error = onlyError(response);
        assertThat(error.path("path").get(0).asString()).isEqualTo("person");
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("NOT_FOUND");
        assertThat(error.path("message").asString()).contains("person:nobody");
    }

    @Test
    void aRegionNeedsExactlyOneOfIdCodeAndName() {
        JsonNode error = onlyError(post("{ region(id: \"region:410503\", name: \"北关区\") { name } }"));
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(error.path("message").asString()).contains("exactly one of id, code and name");
    }
}
