package com.zhengqi.graph.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code serve PATH} with a real process (issue 16.9): while its start-up ingest runs, the readiness probe says
 * OUT_OF_SERVICE and {@code stats { ingest }} says running; once it ends, UP and done. The process listens on every
 * interface with the key in {@code ZHENGQI_API_KEYS} (issue 16.6), so reads need the key, {@code /export} too, and the
 * banner names the address really bound (issue 16.1).
 */
class ServeStartupIngestTest {

    private static final String KEY = "serve-startup-key-0123456789";
    private static final String INGEST = "{\"query\": \"{ stats { articles ingest { running filesDone filesTotal } } }\"}";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void readinessIsOutOfServiceUntilTheStartUpIngestEndsAndReadsNeedTheKeyBeyondLoopback() throws Exception {
        Path corpus = KillDuringIngestTest.writeCorpus(dir.resolve("corpus"));
        int port = KillDuringIngestTest.freePort();
        Path log = dir.resolve("serve.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Dzhengqi.ingest.batch-size=1", "-cp", System.getProperty("java.class.path"), "com.zhengqi.graph.cli.Main",
                "serve", "--port", String.valueOf(port), "--bolt-port", "0", "--data-dir", dir.resolve("data").toString(), corpus.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SERVER_ADDRESS", "0.0.0.0");
        builder.environment().put("ZHENGQI_API_KEYS", KEY);
        Process child = builder.start();
        try {
            HttpResponse<String> firstAnswer = waitForReadiness(child, port, log);
            assertThat(firstAnswer.statusCode()).as(Files.readString(log)).isEqualTo(503);
            assertThat(firstAnswer.body()).contains("OUT_OF_SERVICE");
            assertThat(Files.readString(log)).as("the first line").startsWith("ingesting " + corpus + " before serving");
            String during = post(port, INGEST, KEY).body();
            assertThat(Files.readString(log)).doesNotContain("ready:");
            assertThat(during).contains("\"running\":true", "\"filesTotal\":12");
            assertThat(post(port, INGEST, null).statusCode()).as("reads beyond loopback need the key").isEqualTo(401);
            assertThat(get(port, "/export?format=cypher", null).statusCode()).isEqualTo(401);

            waitForLine(child, log, "ready:");

            assertThat(get(port, "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
            assertThat(get(port, "/actuator/health/readiness", null).body()).contains("UP");
            assertThat(post(port, INGEST, KEY).body()).contains("\"articles\":300", "\"running\":false", "\"filesDone\":12", "\"filesTotal\":12");
            assertThat(get(port, "/export?format=cypher", KEY).statusCode()).isEqualTo(200);
            assertThat(Files.readString(log)).contains("  explorer  http://0.0.0.0:" + port + "/", "  reads     need an API key");
            assertThat(get(port, "/actuator/env", KEY).statusCode()).as("only health is exposed").isEqualTo(404);
        } finally {
            child.destroy();
            child.waitFor(1, TimeUnit.MINUTES);
        }
    }

    /** The first answer of the readiness probe, as soon as the server answers at all. */
    private HttpResponse<String> waitForReadiness(Process child, int port, Path log) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
        while (Instant.now().isBefore(deadline) && child.isAlive()) {
            try {
                return get(port, "/actuator/health/readiness", null);
            } catch (IOException notUpYet) {
                Thread.sleep(20);
            }
        }
        throw new AssertionError("serve never answered: " + Files.readString(log));
    }

    private static void waitForLine(Process child, Path log, String line) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
        while (Instant.now().isBefore(deadline) && child.isAlive() && !Files.readString(log).contains(line)) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(log)).contains(line);
    }

    private HttpResponse<String> get(int port, String path, String key) throws Exception {
        return http.send(request(port, path, key).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(int port, String body, String key) throws Exception {
        return http.send(request(port, "/graphql", key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(int port, String path, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60));
        return key == null ? request : request.header("Authorization", "Bearer " + key);
    }
}
