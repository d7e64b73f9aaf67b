package com.zhengqi.graph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the user types on the command line wins over application.properties. */
class SpringContextsTest {

    @TempDir
    Path dir;

    @Test
    void thePortGivenOnTheCommandLineIsThePortServed() throws Exception {
        int port = freePort();
        Map<String, Object> options = Map.of(
                "server.port", port,
                "zhengqi.neo4j.data-dir", dir.resolve("data").toString(),
                "zhengqi.neo4j.bolt-port", 0);

        try (ConfigurableApplicationContext context = SpringContexts.start(options, true)) {
            assertThat(((WebServerApplicationContext) context).getWebServer().getPort()).isEqualTo(port);
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphiql")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
