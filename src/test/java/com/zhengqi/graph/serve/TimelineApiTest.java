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
 * Timelines, date windows on visits and investments, and careers of a list of people, over HTTP GraphQL on articles
 * written for the test: a county head appointed, visiting a company, the company signing a project, the head removed
 * and a successor appointed.
 */
class TimelineApiTest extends GraphTestSupport {

    private GraphQlHttp http;

    @BeforeEach
    void story() {
        clearGraph();
        http = new GraphQlHttp(httpPort);
        ingestService.ingestText("a1.txt", "县长任命\n2018年3月8日，汤阴县人大常委会决定任命王海涛为汤阴县县长。", "2018-03-10");
        ingestService.ingestText("a2.txt", "县长考察\n2018年6月1日，汤阴县县长王海涛到远景动力电池有限公司考察。", "2018-06-02");
        ingestService.ingestText("a3.txt", "企业签约\n2019年5月10日，远景动力电池有限公司投资5亿元的动力电池项目在汤阴县签约。", "2019-05-11");
        ingestService.ingestText("a4.txt", "县长免职\n2020年2月8日，免去王海涛的汤阴县县长职务。", "2020-02-10");
        ingestService.ingestText("a5.txt", "新任县长\n2020年3月1日，汤阴县人大常委会决定任命李明远为汤阴县县长。", "2020-03-02");
    }

    private JsonNode data(String document, Map<String, Object> variables) {
        JsonNode response = http.post(document, variables);
        assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
        return response.path("data");
    }

    private String idOf(String name, String type) {
        JsonNode nodes = data("query($t: String!, $k: [EntityType!]) { search(text: $t, types: $k) { nodes { id name } } }",
                Map.of("t", name, "k", List.of(type))).path("search").path("nodes");
        for (JsonNode node : nodes) {
            if (node.path("name").asString().equals(name)) {
                return node.path("id").asString();
            }
        }
        throw new AssertionError("no " + name + " in " + nodes);
    }

    private static final String TIMELINE = """
            query($id: ID!, $from: String, $to: String) { timeline(id: $id, from: $from, to: $to) {
              type date datePrecision dateText direction detail amountYuan evidence articleId start end
              other { name } article { id title }
            } }""";

    private JsonNode timeline(String id, String from, String to) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("id", id);
        variables.put("from", from);
        variables.put("to", to);
        return data(TIMELINE, variables).path("timeline");
    }

    private static List<String> column(JsonNode rows, String field) {
        List<String> values = new ArrayList<>();
        rows.forEach(row -> values.add(row.path(field).asString()));
        return values;
    }

    @Test
    void aPersonsTimelineListsTheAppointmentTheVisitAndTheRemovalInDateOrder() {
        JsonNode events = timeline(idOf("王海涛", "PERSON"), null, null);
        assertThat(column(events, "type")).containsExactly("APPOINTED", "VISITED", "LEFT_POST");
        assertThat(column(events, "date")).containsExactly("2018-03-08", "2018-06-01", "2020-02-08");
        JsonNode visit = events.get(1);
        assertThat(visit.path("other").path("name").asString()).isEqualTo("远景动力电池有限公司");
        assertThat(visit.path("direction").asString()).isEqualTo("OUT");
        assertThat(visit.path("detail").asString()).isEqualTo("考察");
        assertThat(visit.path("evidence").asString()).contains("王海涛到远景动力电池有限公司考察");
        assertThat(visit.path("article").path("title").asString()).isEqualTo("县长考察");
        assertThat(visit.path("articleId").asString()).isEqualTo(visit.path("article").path("id").asString());
        assertThat(events.get(0).path("detail").asString()).isEqualTo("县长");
    }

    @Test
    void fromAndToKeepTheEventsWithinTheWindow() {
        String person = idOf("王海涛", "PERSON");
        assertThat(column(timeline(person, "2018-04-01", "2019-12-31"), "type")).containsExactly("VISITED");
        assertThat(column(timeline(person, "2020-01-01", null), "type")).containsExactly("LEFT_POST");
        assertThat(column(timeline(person, null, "2018-03-31"), "type")).containsExactly("APPOINTED");
    }

    @Test
    void aCompanysTimelineHasTheVisitItReceivedAndTheProjectItSigned() {
        JsonNode events = timeline(idOf("远景动力电池有限公司", "COMPANY"), null, null);
        assertThat(column(events, "type")).containsExactly("VISITED", "INVESTS_IN");
        assertThat(events.get(0).path("direction").asString()).isEqualTo("IN");
        assertThat(events.get(0).path("other").path("name").asString()).isEqualTo("王海涛");
        assertThat(events.get(1).path("date").asString()).isEqualTo("2019-05-10");
        assertThat(events.get(1).path("amountYuan").asDouble()).isEqualTo(5e8);
    }

    @Test
    void aProjectsTimelineHasItsSigningAndTheDateOfItsStatus() {
        JsonNode events = timeline(idOf("动力电池项目", "PROJECT"), null, null);
        assertThat(column(events, "type")).containsExactlyInAnyOrder("INVESTS_IN", "STATUS");
        JsonNode status = events.get(column(events, "type").indexOf("STATUS"));
        assertThat(status.path("date").asString()).isEqualTo("2019-05-10");
        assertThat(status.path("detail").asString()).isEqualTo("SIGNED");
        assertThat(status.path("evidence").asString()).contains("2019年5月10日");
        assertThat(status.path("article").path("title").asString()).isEqualTo("企业签约");
    }

    @Test
    void anUnknownIdGivesNullAndNotFound() {
        JsonNode response = http.post(TIMELINE, Map.of("id", "no-such-id"));
        assertThat(response.path("data").path("timeline").isNull()).isTrue();
        assertThat(response.path("errors").get(0).path("extensions").path("classification").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void aWindowEndingBeforeItStartsIsABadArgument() {
        JsonNode response = http.post(TIMELINE, Map.of("id", idOf("王海涛", "PERSON"), "from", "2020-01-01", "to", "2019-01-01"));
        assertThat(response.path("errors").get(0).path("message").asString()).contains("to");
        assertThat(response.path("errors").get(0).path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void visitsAndInvestmentsListsKeepOnlyWhatIsDatedWithinTheWindow() {
        String company = idOf("远景动力电池有限公司", "COMPANY");
        String document = """
                query($id: ID!, $from: String, $to: String) { organization(id: $id) {
                  visitors(from: $from, to: $to) { person { name } date datePrecision }
                  investments(from: $from, to: $to) { project { name } date datePrecision dateEnd }
                } }""";
        JsonNode all = data(document, Map.of("id", company)).path("organization");
        assertThat(all.path("visitors").size()).isEqualTo(1);
        assertThat(all.path("investments").get(0).path("date").asString()).isEqualTo("2019-05-10");
        JsonNode in2019 = data(document, Map.of("id", company, "from", "2019-01-01", "to", "2019-12-31")).path("organization");
        assertThat(in2019.path("visitors").size()).isZero();
        assertThat(column(in2019.path("investments"), "date")).containsExactly("2019-05-10");
        JsonNode in2018 = data(document, Map.of("id", company, "from", "2018-01-01", "to", "2018-12-31")).path("organization");
        assertThat(column(in2018.path("visitors"), "date")).containsExactly("2018-06-01");
        assertThat(in2018.path("investments").size()).isZero();
        JsonNode personVisits = data("query($id: ID!) { person(id: $id) { visits(to: \"2018-12-31\") { date } } }",
                Map.of("id", idOf("王海涛", "PERSON"))).path("person").path("visits");
        assertThat(column(personVisits, "date")).containsExactly("2018-06-01");
    }

    @Test
    void theCareersOfAListOfPeopleComeFromOneBatch() {
        JsonNode holders = data("""
                query { officials(region: "汤阴县", title: "县长") { person { name career { title since until } } } }""", Map.of())
                .path("officials");
        Map<String, JsonNode> careers = new java.util.HashMap<>();
        holders.forEach(p -> careers.put(p.path("person").path("name").asString(), p.path("person").path("career")));
        assertThat(careers).containsKeys("王海涛", "李明远");
        assertThat(careers.get("王海涛")).anySatisfy(t -> {
            assertThat(t.path("since").asString()).isEqualTo("2018-03-08");
            assertThat(t.path("until").asString()).isEqualTo("2020-02-08");
        });
        assertThat(careers.get("李明远")).anySatisfy(t -> assertThat(t.path("since").asString()).isEqualTo("2020-03-01"));
    }
}
