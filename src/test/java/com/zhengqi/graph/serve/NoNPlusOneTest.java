package com.zhengqi.graph.serve;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statements per request must not grow with the number of rows: child fields are loaded per batch
 * of parents. (The largest project comes first, so one row already has every shape of child.)
 */
class NoNPlusOneTest extends ApiTestSupport {

    private static final String NESTED = """
            query($first: Int) {
              projects(first: $first, orderBy: AMOUNT_DESC) { nodes {
                name
                investments { investor { name ... on Organization { positions { title } visitors { person { name } } parent { name } } }
                              article { title } }
                regions { name parent { name } officials { person { name positions { title } } article { id } } }
                industries { name }
                mentionedIn { article { title } }
              } }
              search(text: "有限公司", first: $first) { nodes {
                name ... on Organization { investments { project { name } } visitors { article { publishedOn } } regions { name } }
              } }
            }""";

    private long statementsFor(int first) {
        long before = reads.statementsRun();
        JsonNode data = data(NESTED, Map.of("first", first));
        assertThat(data.path("projects").path("nodes").size()).isEqualTo(Math.min(first, 5));
        return reads.statementsRun() - before;
    }

    @Test
    void aNestedQueryCostsTheSameNumberOfStatementsForOneRowAsForAllRows() {
        long one = statementsFor(1);
        long all = statementsFor(6);
        // Loads queued while a loader completes can go out in the next dispatch round, so a level can
        // cost one statement more or less depending on the order fields complete; one statement per
        // row would cost at least one more per row and child field (here 5 rows × 12 fields).
        assertThat(all).isBetween(one - 2, one + 2);
        assertThat(all).as("one statement per field group, not per row").isLessThanOrEqualTo(20);
    }
}
