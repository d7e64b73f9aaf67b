package com.zhengqi.graph.serve.http;

import com.zhengqi.graph.GraphTestSupport;
import com.zhengqi.graph.HeadlessChromium;
import com.zhengqi.graph.export.ExplorerFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL at /graphiql in a real headless Chromium that cannot resolve any host but the loopback
 * address ({@link HeadlessChromium}): the page loads, a query typed into the editor runs against
 * /graphql and its answer shows in the result pane, the documentation pane shows the schema, the headers editor carries the API key the
 * mutation needs, and the browser asked nothing of any other host. Screenshots go to
 * target/graphiql-screenshots/.
 */
class GraphiqlPageTest extends GraphTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String QUERY_EDITOR = ".graphiql-query-editor .CodeMirror";
    private static final String HEADERS_EDITOR = ".graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror";

    @RegisterExtension
    static final HeadlessChromium chromium = new HeadlessChromium();

    @Value("${zhengqi.api.keys}")
    private String apiKey;

    @BeforeEach
    void loadTheFixture() {
        clearGraph();
        ExplorerFixture.load(driver);
    }

    @Test
    void aQueryTypedIntoGraphiqlShowsLiFushengFromTheGraphAndNothingWasAskedOfAnotherHost() throws IOException {
        openGraphiql();

        type(QUERY_EDITOR, "{ search(text: \"李富生\") { totalCount nodes { __typename id name } } }");
        JsonNode result = run();

        JsonNode nodes = result.path("data").path("search").path("nodes");
        assertThat(result.path("errors").isMissingNode()).as(result.toString()).isTrue();
        assertThat(nodes.get(0).path("name").asString()).isEqualTo("李富生");
        assertThat(nodes.get(0).path("id").asString()).isEqualTo(ExplorerFixture.LI_FUSHENG);
        assertThat(nodes.get(0).path("__typename").asString()).isEqualTo("Person");
        chromium.screenshot("graphiql-screenshots", "search-li-fusheng");

        // The documentation pane is built from the schema GraphiQL read over /graphql (introspection).
        chromium.browser().findElement(By.cssSelector("button[aria-label='Show Documentation Explorer']")).click();
        assertThat(docExplorerText("mutation: Mutation")).contains("query: Query", "ExtractedArticle", "GovernmentBody");
        chromium.browser().findElement(By.cssSelector(".graphiql-doc-explorer")).findElement(By.linkText("Query")).click();
        assertThat(docExplorerText("政企图谱")).contains("search(", "officials(");
        chromium.screenshot("graphiql-screenshots", "documentation");

        String origin = "http://127.0.0.1:" + httpPort + "/";
        List<String> requested = chromium.networkRequests();
        assertThat(requested).as("requests the browser started")
                .contains(origin + "graphiql", origin + "graphql")
                .anySatisfy(url -> assertThat(url).startsWith(origin + "webjars/graphiql/"))
                .allSatisfy(url -> assertThat(url).startsWith(origin));
        assertThat(chromium.consoleErrors()).as("console errors (failed loads, policy violations, exceptions)")
                .filteredOn(error -> !error.contains("favicon.ico")).isEmpty();
    }

    @Test
    void theIngestMutationIsRefusedWithoutAKeyAndRunsWithTheKeyEnteredInTheHeadersEditor() throws IOException {
        openGraphiql();
        type(QUERY_EDITOR, "mutation { ingestArticle(text: \"北关区招商引资工作会议召开。区委书记李富生出席会议并讲话。\", "
                + "source: \"graphiql-test\") { articlesWritten } }");

        JsonNode refused = run();
        assertThat(refused.path("errors").get(0).path("extensions").path("classification").asString()).isEqualTo("UNAUTHORIZED");

        chromium.browser().findElements(By.cssSelector(".graphiql-editor-tools button")).stream()
                .filter(button -> button.getText().equals("Headers")).findFirst().orElseThrow().click();
        type(HEADERS_EDITOR, "{\"Authorization\": \"Bearer " + apiKey + "\"}");
        JsonNode written = run();
        assertThat(written.path("errors").isMissingNode()).as(written.toString()).isTrue();
        assertThat(written.path("data").path("ingestArticle").path("articlesWritten").asInt()).isEqualTo(1);
        assertThat(count("MATCH (a:Article {source: 'graphiql-test'}) RETURN count(a)")).isEqualTo(1);
        chromium.screenshot("graphiql-screenshots", "ingest-with-key");
    }

    /** The documentation pane's text once it contains the expected words. */
    private static String docExplorerText(String expected) {
        return chromium.until(() -> chromium.browser().findElements(By.cssSelector(".graphiql-doc-explorer")).stream()
                .map(WebElement::getText).filter(text -> text.contains(expected)).findFirst().orElse(null));
    }

    private void openGraphiql() {
        chromium.open("http://127.0.0.1:" + httpPort + "/graphiql");
        chromium.until(() -> chromium.browser().findElements(By.cssSelector(QUERY_EDITOR)).stream().findFirst().orElse(null));
    }

    /** Clicks into a CodeMirror editor, empties it and types the text as a user would. */
    private static void type(String editorSelector, String text) {
        WebElement editor = chromium.browser().findElement(By.cssSelector(editorSelector));
        editor.click();
        WebElement input = editor.findElement(By.cssSelector("textarea"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
        chromium.until(() -> text.equals(editorText(editor)) ? true : null);
    }

    /** Presses the run button and waits for a new answer in the result pane; returns it parsed. */
    private static JsonNode run() {
        WebElement resultPane = chromium.browser().findElement(By.cssSelector(".graphiql-response .CodeMirror"));
        String before = editorText(resultPane);
        chromium.browser().findElement(By.cssSelector(".graphiql-execute-button")).click();
        String answer = chromium.until(() -> {
            String text = editorText(resultPane);
            return text.isBlank() || text.equals(before) ? null : text;
        });
        return JSON.readTree(answer);
    }

    /** The whole text of a CodeMirror 5 editor (its element holds the editor instance). */
    private static String editorText(WebElement codeMirror) {
        return (String) ((JavascriptExecutor) chromium.browser()).executeScript("return arguments[0].CodeMirror.getValue();", codeMirror);
    }
}
