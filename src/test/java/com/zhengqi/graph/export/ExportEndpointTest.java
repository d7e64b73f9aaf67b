package com.zhengqi.graph.export;

import com.zhengqi.graph.GraphTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /export} over real HTTP: downloads of the whole graph or of a view, and clear refusals of bad requests. */
class ExportEndpointTest extends GraphTestSupport {

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void loadTheFixture() {
        clearGraph();
        ExplorerFixture.load(driver);
    }

    @Test
    void theWholeGraphDownloadsAsAnAttachment() throws Exception {
        HttpResponse<String> response = get("format=graphml");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment").contains(".graphml");
        assertThat(response.headers().firstValue("X-Export-Nodes")).hasValue(Integer.toString(ExplorerFixture.NODES));
        assertThat(count(response.body(), "<node ")).isEqualTo(ExplorerFixture.NODES);
        assertThat(count(response.body(), "<edge ")).isEqualTo(ExplorerFixture.RELATIONSHIPS);
    }

    @Test
    void aViewHoldsItsNodesAndTheRelationshipsAmongThemOfTheChosenTypes() throws Exception {
        String view = ids(ExplorerFixture.LI_FUSHENG, "org:广泽集团", "org:苏州国冠纺织有限公司", "region:410503");

        HttpResponse<String> all = get("format=gexf&" + view);
        HttpResponse<String> visits = get("format=gexf&" + view + "&type=VISITED");

        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.headers().firstValue("Content-Disposition").orElseThrow()).contains("view");
        assertThat(count(all.body(), "<node ")).isEqualTo(4);
        assertThat(count(all.body(), "<edge ")).as("two visits and 区委书记 of 北关区").isEqualTo(3);
        assertThat(all.body()).contains("label=\"区委书记\"");
        assertThat(count(visits.body(), "<edge ")).isEqualTo(2);
        assertThat(visits.body()).doesNotContain("label=\"区委书记\"");
    }

    @Test
    void csvComesAsAZipWithTheImportScript() throws Exception {
        HttpResponse<byte[]> response = http.send(request("format=csv").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/zip");
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).contains("import.sh", "nodes-01-Article.csv").anyMatch(e -> e.matches("relationships-\\d+-VISITED\\.csv"));
    }

    @Test
    void badRequestsAreRefusedWithASentenceSayingWhatIsWrong() throws Exception {
        HttpResponse<String> unknownFormat = get("format=pdf");
        HttpResponse<String> noFormat = get("id=x");
        HttpResponse<String> unknownParameter = get("format=gexf&depth=9");
        HttpResponse<String> badType = get("format=gexf&id=x&type=" + URLEncoder.encode("VISITED]->() DETACH DELETE", StandardCharsets.UTF_8));
        HttpResponse<String> post = http.send(request("format=gexf").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(unknownFormat.statusCode()).isEqualTo(400);
        assertThat(unknownFormat.body()).contains("unknown export format 'pdf'", "graphml, gexf, csv, cypher");
        assertThat(noFormat.statusCode()).isEqualTo(400);
        assertThat(noFormat.body()).contains("format");
        assertThat(unknownParameter.statusCode()).isEqualTo(400);
        assertThat(unknownParameter.body()).contains("unknown parameter 'depth'");
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(badType.body()).contains("not a relationship type");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(ExplorerFixture.NODES);
    }

    /** Tomcat's own limit (1,000 parameters) once answered a bare 400 before the controller saw the request. */
    @Test
    void aViewOfUpTo2000IdsIsExportedAndMoreGetAProblemSayingSo() throws Exception {
        String id = URLEncoder.encode(ExplorerFixture.LI_FUSHENG, StandardCharsets.UTF_8);
        HttpResponse<String> most = get("format=graphml&id=" + id + "&id=x".repeat(ExportController.MAX_IDS - 1));
        HttpResponse<String> tooMany = get("format=graphml" + "&id=x".repeat(ExportController.MAX_IDS + 1));

        assertThat(most.statusCode()).as(most.body()).isEqualTo(200);
        assertThat(most.body()).contains("李富生");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(tooMany.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(tooMany.body()).contains("at most 2000 ids");
    }

    private HttpResponse<String> get(String query) throws IOException, InterruptedException {
        return http.send(request(query).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String query) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/export?" + query));
    }

    private static String ids(String... ids) {
        List<String> parameters = new ArrayList<>();
        for (String id : ids) {
            parameters.add("id=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        }
        return String.join("&", parameters);
    }

    private static int count(String text, String fragment) {
        Matcher m = Pattern.compile(Pattern.quote(fragment)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
