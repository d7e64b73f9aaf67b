package com.zhengqi.graph.serve;

import com.zhengqi.graph.ZhengqiApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code zhengqi.api.open-queries=false}, every path that reads the graph needs the key (issue 16.1:
 * {@code /export} used to hand out the whole graph), while the pages themselves, which hold no data, stay open.
 * Its own application: the shared one of the other API tests has reads open.
 */
class ClosedReadsTest {

    private static final String KEY = "closed-reads-key-0123456789";
    private static final String ARTICLE_TITLE = "closed-reads-article";

    private static ConfigurableApplicationContext context;
    private static int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Path data = Files.createTempDirectory("zhengqi-closed-reads");
        Map<String, Object> options = Map.of("server.port", 0, "zhengqi.neo4j.data-dir", data.toString(), "zhengqi.neo4j.bolt-port", 0,
                "zhengqi.api.open-queries", "false", "zhengqi.api.keys", KEY);
        context = new SpringApplicationBuilder(ZhengqiApplication.class)
                .initializers(c -> c.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", options)))
                .run();
        port = ((WebServerApplicationContext) context).getWebServer().getPort();
        context.getBean(Driver.class).executableQuery("CREATE (:Article {id: 'a1', title: $title})")
                .withParameters(Map.of("title", ARTICLE_TITLE)).execute();
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void theExportNeedsTheKeyAndGivesTheGraphWithIt() throws Exception {
        HttpResponse<String> without = get("/export?format=cypher", null);
        HttpResponse<String> with = get("/export?format=cypher", KEY);

        assertThat(without.statusCode()).isEqualTo(401);
        assertThat(without.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(without.body()).contains("needs an API key").doesNotContain(ARTICLE_TITLE);
        assertThat(with.statusCode()).isEqualTo(200);
        assertThat(with.body()).contains(ARTICLE_TITLE);
    }

    @Test
    void queriesAndIntrospectionNeedTheKeyAndRunWithIt() throws Exception {
        for (String query : List.of("{ articles(first: 5) { title } }", "{ __schema { queryType { name } } }")) {
            HttpResponse<String> without = post(query, null);
            HttpResponse<String> wrongKey = post(query, KEY + "x");
            HttpResponse<String> with = post(query, KEY);

            assertThat(without.statusCode()).as(query).isEqualTo(401);
            assertThat(without.body()).as(query).contains("\"classification\":\"UNAUTHORIZED\"").doesNotContain("\"data\"");
            assertThat(wrongKey.statusCode()).as(query).isEqualTo(401);
            assertThat(with.statusCode()).as(query).isEqualTo(200);
            assertThat(with.body()).as(query).contains("\"data\"").doesNotContain("errors");
        }
        assertThat(post("{ articles(first: 5) { title } }", KEY).body()).contains(ARTICLE_TITLE);
    }

    @Test
    void thePagesAndTheirFilesHoldNoDataAndStayOpen() throws Exception {
        for (String path : List.of("/", "/graphiql", "/js/api.js", "/kinds.json")) {
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(get("/no-such-data", null).statusCode()).as("any other path is guarded").isEqualTo(401);
    }

    /** The sibling that shows the export answering with the key is {@link #theExportNeedsTheKeyAndGivesTheGraphWithIt}. */
    @Test
    void aPathThatWalksOutOfAnOpenFolderIsJudgedWhereItLeads() throws Exception {
        for (String path : List.of("/js/../export?format=cypher", "/js/%2e%2e/export?format=cypher", "/js/;x=1/../export?format=cypher")) {
            String response = rawGet(path);
            assertThat(response).as(path).doesNotContain(ARTICLE_TITLE).doesNotStartWith("HTTP/1.1 200");
        }
    }

    /** A request sent as typed: HTTP clients would normalise the path before sending it. */
    private static String rawGet(String path) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> get(String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String query, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"" + query.replace("\"", "\\\"") + "\"}"));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
