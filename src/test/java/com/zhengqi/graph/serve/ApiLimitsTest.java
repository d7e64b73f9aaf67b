package com.zhengqi.graph.serve;

import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ApiLimitsTest extends ApiTestSupport {

    @Test
    void aTooDeepQueryIsRefusedWithAClearErrorAndNoStackTrace() {
        String deep = "{ region(name: \"柏庄镇\") { " + "parent { ".repeat(15) + "name" + " }".repeat(15) + " } }";
        JsonNode response = post(deep);
        JsonNode error = onlyError(response);
        assertThat(error.path("message").asString()).containsIgnoringCase("depth");
        assertThat(response.toString()).doesNotContain("at com.", "at org.", "Exception");
    }

    @Test
    void aTooComplexQueryIsRefused() {
        JsonNode error = onlyError(post("""
                { search(text: "李", first: 100) { nodes { ... on Person {
                    mentionedIn(first: 100) { entity { name } article { mentions(first: 100) { entity { name } } } } } } } }"""));
        assertThat(error.path("message").asString()).containsIgnoringCase("complexity");
    }

    @Test
    void limitsApplyToEveryExecutionOfADocumentNotOnlyTheFirst() {
        String deep = "{ region(name: \"北关区\") { " + "parent { ".repeat(15) + "name" + " }".repeat(15) + " } }";
        assertThat(onlyError(post(deep)).path("message").asString()).containsIgnoringCase("depth");
        assertThat(onlyError(post(deep)).path("message").asString()).containsIgnoringCase("depth");

        // Parsed and validated once, but its cost depends on the variables of each request.
        String sized = """
                query($n: Int) { search(text: "李", first: $n) { nodes { ... on Person {
                    mentionedIn(first: $n) { entity { name } article { mentions(first: $n) { entity { name } } } } } } } }""";
        assertThat(post(sized, Map.of("n", 2)).path("errors").isMissingNode()).isTrue();
        assertThat(onlyError(post(sized, Map.of("n", 100))).path("message").asString()).containsIgnoringCase("complexity");
        assertThat(post(sized, Map.of("n", 2)).path("errors").isMissingNode()).isTrue();
    }

    @Test
    void pageSizesAboveTheMaximumAreErrorsNamingFirst() {
        JsonNode error = onlyError(post("{ projects(first: 500) { totalCount } }"));
        assertThat(error.path("extensions").path("argument").asString()).isEqualTo("first");
        assertThat(error.path("message").asString()).contains("between 0 and 100");
    }

    @Test
    void argumentsOfTheWrongTypeAreValidationErrorsNamingTheArgument() {
        JsonNode error = onlyError(post("{ neighborhood(id: \"x\", depth: \"two\") { truncated } }"));
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("ValidationError");
        assertThat(error.path("message").asString()).contains("depth");
    }

    @Test
    void graphiqlsIntrospectionQueryStaysWithinTheLimits() {
        JsonNode data = data(IntrospectionQuery.INTROSPECTION_QUERY);
        assertThat(data.path("__schema").path("queryType").path("name").asString()).isEqualTo("Query");
    }

    @Test
    void cypherInjectionInArgumentsIsJustText() {
        JsonNode response = post("query($r: String!) { officials(region: $r) { title } }",
                Map.of("r", "北关区' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //"));
        assertThat(onlyError(response).path("extensions").path("classification").asString()).isEqualTo("NOT_FOUND");
        assertThat(count("MATCH (n) RETURN count(n)")).isPositive();
    }
}
