package com.zhengqi.graph.serve.http;

import com.zhengqi.graph.GraphTestSupport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DNS rebinding (issue 16.5): a request to the loopback server that names another host in its Host header is
 * refused before anything reads the graph; the loopback names are served. Raw sockets, since Java's HTTP client
 * will not send a Host header of its own choosing.
 */
class HostHeaderTest extends GraphTestSupport {

    private static final String QUERY = "{\"query\": \"{ stats { articles } }\"}";

    @Test
    void aForeignHostNameIsRefusedWith421AndReadsNothing() throws IOException {
        for (String host : List.of("evil.example:" + httpPort, "evil.example", "127.0.0.1.evil.example:" + httpPort, "localhost.evil.example")) {
            String response = post(host);
            assertThat(response).as(host).startsWith("HTTP/1.1 421").contains("does not answer to the host name")
                    .doesNotContain("\"data\"").doesNotContain("evil");
        }
    }

    @Test
    void theLoopbackNamesAreServed() throws IOException {
        for (String host : List.of("127.0.0.1:" + httpPort, "localhost:" + httpPort, "LOCALHOST", "127.0.0.2:" + httpPort, "[::1]:" + httpPort)) {
            assertThat(post(host)).as(host).startsWith("HTTP/1.1 200").contains("\"data\"");
        }
    }

    @Test
    void configuredNamesAreServedTooAndAStarServesAny() {
        HostHeaderFilter loopback = new HostHeaderFilter(List.of(), "127.0.0.1");
        HostHeaderFilter configured = new HostHeaderFilter(List.of(" graph.example.org "), "127.0.0.1");

        assertThat(loopback.accepts(HostHeaderFilter.hostName("graph.example.org:8080"))).isFalse();
        assertThat(configured.accepts(HostHeaderFilter.hostName("Graph.Example.org:8080"))).isTrue();
        assertThat(configured.accepts(HostHeaderFilter.hostName("[::1]:8080"))).isTrue();
        assertThat(configured.accepts(HostHeaderFilter.hostName("evil.example"))).isFalse();
        assertThat(HostHeaderFilter.hostName("[::1]:8080")).isEqualTo("::1");
        assertThat(HostHeaderFilter.hostName("localhost")).isEqualTo("localhost");
    }

    private String post(String host) throws IOException {
        byte[] body = QUERY.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", httpPort)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
