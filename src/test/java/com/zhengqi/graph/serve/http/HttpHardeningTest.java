package com.zhengqi.graph.serve.http;

import com.zhengqi.graph.GraphTestSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Headers, limits and error bodies of the running application, over real HTTP. */
class HttpHardeningTest extends GraphTestSupport {

    private final HttpClient client = HttpClient.newHttpClient();

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postGraphQl(HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("/graphql")).header("Content-Type", "application/json").POST(body).build());
    }

    @Test
    void theExplorerPageAndTheApiCarryTheSecurityHeaders() throws Exception {
        for (HttpResponse<String> response : java.util.List.of(send(HttpRequest.newBuilder(uri("/")).GET().build()),
                postGraphQl(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ stats { articles } }\"}")))) {
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).hasValue(SecurityHeadersFilter.PAGE_POLICY);
            assertThat(SecurityHeadersFilter.PAGE_POLICY).contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'");
            assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        }
    }

    @Test
    void graphiqlIsAPageOfThisServerWhoseScriptsAndStylesAllComeFromThisServer() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/graphiql")).GET().build());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeadersFilter.PAGE_POLICY);
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("script:not([src])")).as("inline scripts (the policy would block them)").isEmpty();
        java.util.List<String> assets = html.select("script[src], link[href]").stream()
                .map(element -> element.hasAttr("src") ? element.attr("src") : element.attr("href")).toList();
        assertThat(assets).as("GraphiQL, React, ReactDOM, the start script and two style sheets").hasSize(6)
                .allSatisfy(path -> assertThat(path).as("a path on this server").startsWith("/").doesNotStartWith("//"))
                .anySatisfy(path -> assertThat(path).startsWith("/webjars/graphiql/"));
        for (String path : assets) {
            HttpResponse<String> asset = send(HttpRequest.newBuilder(uri(path)).GET().build());
            assertThat(asset.statusCode()).as(path).isEqualTo(200);
            assertThat(asset.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).containsAnyOf("javascript", "text/css"));
        }
        assertThat(send(HttpRequest.newBuilder(uri("/graphiql/")).GET().build()).body()).isEqualTo(page.body());
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413ByItsDeclaredLength() throws Exception {
        byte[] big = new byte[(int) RequestSizeLimitFilter.DEFAULT_MAX_REQUEST_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');

        HttpResponse<String> response = postGraphQl(HttpRequest.BodyPublishers.ofByteArray(big));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo("{\"error\":\"request body larger than 4194304 bytes\"}");
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedAsItIsRead() throws Exception {
        // A query whose string argument alone is over the limit; sent without a Content-Length.
        String query = "{\"query\": \"{ search(text: \\\"" + "招".repeat(1_500_000) + "\\\") { id } }\"}";
        byte[] bytes = query.getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = postGraphQl(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void errorResponsesCarryNoStackTraceNorExceptionDetail() throws Exception {
        HttpResponse<String> malformed = postGraphQl(HttpRequest.BodyPublishers.ofString("{\"query\": "));
        HttpResponse<String> badQuery = postGraphQl(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ nosuchfield(\"}"));
        HttpResponse<String> missing = send(HttpRequest.newBuilder(uri("/no/such/page")).header("Accept", "application/json").GET().build());
        HttpResponse<String> missingHtml = send(HttpRequest.newBuilder(uri("/no/such/page")).header("Accept", "text/html").GET().build());
        HttpResponse<String> hugeHeader = send(HttpRequest.newBuilder(uri("/graphql")).header("X-Filler", "x".repeat(40_000))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(malformed.statusCode()).isBetween(400, 499);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(hugeHeader.statusCode()).isBetween(400, 499);
        for (HttpResponse<String> response : java.util.List.of(malformed, badQuery, missing, missingHtml, hugeHeader)) {
            assertThat(response.body()).as(response.uri() + " " + response.statusCode())
                    .doesNotContain("\tat ", "at com.", "at org.", "at java.", "Exception", "trace", "Tomcat");
        }
        assertThat(badQuery.body()).contains("\"errors\"");
    }
}
