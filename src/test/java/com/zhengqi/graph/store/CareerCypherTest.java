package com.zhengqi.graph.store;

import com.zhengqi.graph.GraphQlHttp;
import com.zhengqi.graph.GraphTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The career queries of cypher/ (official-career, holders-on-date, companies-following-official) on articles
 * written for the test, extracted and written to the embedded Neo4j: a county head appointed, visiting a company,
 * removed, appointed head of a city and visiting the same company there; a successor appointed later.
 */
class CareerCypherTest extends GraphTestSupport {

    @Autowired
    CypherLibrary library;

    @BeforeEach
    void careerStory() {
        clearGraph();
        ingestService.ingestText("a1.txt", "县长任命\n2018年3月8日，汤阴县人大常委会决定任命王海涛为汤阴县县长。", "2018-03-10");
        ingestService.ingestText("a2.txt", "县长考察\n2018年6月1日，汤阴县县长王海涛到远景动力电池有限公司考察。", "2018-06-02");
        ingestService.ingestText("a3.txt", "县长免职\n2020年2月8日，免去王海涛的汤阴县县长职务。", "2020-02-10");
        ingestService.ingestText("a4.txt", "新任县长\n2020年3月1日，汤阴县人大常委会决定任命李明远为汤阴县县长。", "2020-03-02");
    }

    private List<Map<String, Object>> run(String query, Object... parameters) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            params.put((String) parameters[i], parameters[i + 1]);
        }
        return library.run(query, params);
    }

    @Test
    void anOfficialsCareerRunsFromTheAppointmentToTheRemoval() {
        List<Map<String, Object>> career = run("official-career", "people", List.of("王海涛"));
        assertThat(career).anySatisfy(post -> assertThat(post)
                .containsEntry("title", "县长").containsEntry("region", "汤阴县")
                .containsEntry("since", "2018-03-08").containsEntry("until", "2020-02-08")
                .containsEntry("firstSeen", "2018-03-10").containsEntry("lastSeen", "2020-02-10"));
        assertThat(career).allSatisfy(post -> assertThat((String) post.get("evidence")).isNotBlank());
    }

    @Test
    void theHolderOnADayIsTheOneWhoseTenureCoversIt() {
        assertThat(run("holders-on-date", "region", "汤阴县", "title", "县长", "on", "2019-05-01"))
                .extracting(r -> r.get("holder")).containsExactly("王海涛");
        assertThat(run("holders-on-date", "region", "汤阴县", "title", "县长", "on", "2020-03-01"))
                .extracting(r -> r.get("holder")).containsExactly("李明远");
        assertThat(run("holders-on-date", "region", "汤阴县", "title", "县长", "on", "2017-01-01")).isEmpty();
    }

    @Test
    void theApiGivesAPersonsCareerAndTheHoldersOnADay() {
        GraphQlHttp http = new GraphQlHttp(httpPort);
        JsonNode holders = http.post("query { holders(region: \"汤阴县\", title: \"县长\", on: \"2019-05-01\") { holder personId since until basis evidence } }",
                Map.of()).path("data").path("holders");
        assertThat(holders.size()).isEqualTo(1);
        assertThat(holders.get(0).path("holder").asString()).isEqualTo("王海涛");
        assertThat(holders.get(0).path("basis").asString()).isEqualTo("APPOINTED");
        JsonNode career = http.post("query($id: ID!) { person(id: $id) { career { title body region since until firstSeen lastSeen evidence } } }",
                Map.of("id", holders.get(0).path("personId").asString())).path("data").path("person").path("career");
        assertThat(career.size()).isPositive();
        assertThat(career.get(0).path("since").asString()).isEqualTo("2018-03-08");
        assertThat(career.get(0).path("until").asString()).isEqualTo("2020-02-08");
        assertThat(career.get(0).path("evidence").asString()).contains("任命王海涛");
    }

    @Test
    void aCompanyThatTurnsUpWhereTheOfficialGoesNextFollowedThem() {
        ingestService.ingestText("a5.txt", "市长任命\n2020年2月18日，林州市人大常委会决定任命王海涛为林州市市长。", "2020-02-20");
        ingestService.ingestText("a6.txt", "市长考察\n2020年5月5日，林州市市长王海涛到远景动力电池有限公司考察。", "2020-05-06");
        List<Map<String, Object>> followers = run("companies-following-official", "person", "王海涛");
        assertThat(followers).singleElement().satisfies(f -> assertThat(f)
                .containsEntry("company", "远景动力电池有限公司").containsEntry("firstRegion", "汤阴县")
                .containsEntry("firstDate", "2018-06-01").containsEntry("laterRegion", "林州市").containsEntry("laterDate", "2020-05-05"));
        assertThat(run("companies-following-official", "person", "李明远")).isEmpty();
    }
}
