package com.zhengqi.graph.serve;

import com.zhengqi.graph.GraphTestSupport;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Value;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load benchmark of the GraphQL API (not part of the test suite: its name does not end in Test).
 * Loads {@link BenchmarkCorpus} plus the API fixture into the application's embedded Neo4j, then
 * {@code bench.clients} clients (default 32) send, back to back over loopback HTTP for
 * {@code bench.seconds} (default 60) after a warm-up, a mix of search, officials, a projects page
 * and a depth-2 neighbourhood. Prints latency percentiles per query and writes them to
 * {@code target/api-bench.txt}; fails if any request errs.
 * <p>Run: {@code scripts/api-bench.sh} (or {@code ./mvnw test -Dtest=ApiLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}).
 */
class ApiLoadBenchmark extends GraphTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SEARCH = "query($t: String!) { search(text: $t, first: 10) { totalCount nodes { id name labels } } }";
    private static final String OFFICIALS = """
            query($r: String!) { officials(region: $r) { person { id name } title evidence article { title publishedOn } } }""";
    private static final String PROJECTS = """
            query($r: String!) { projects(filter: {region: $r, minAmountYuan: 1e8}, first: 20) {
              totalCount nodes { id name amountYuan status } pageInfo { hasNextPage endCursor } } }""";
    private static final String NEIGHBORHOOD = """
            query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 100) {
              nodes { id type name size } edges { id type source target label } truncated } }""";

    private enum Kind { SEARCH, OFFICIALS, PROJECTS, NEIGHBORHOOD }

    private record Call(Kind kind, String body) {
    }

    @Test
    void loadTheApi() throws Exception {
        int clients = Integer.getInteger("bench.clients", 32);
        int seconds = Integer.getInteger("bench.seconds", 60);
        int warmup = Integer.getInteger("bench.warmup", 15);

        clearGraph();
        long loading = System.nanoTime();
        BenchmarkCorpus.load(driver);
        driver.executableQuery("CALL db.awaitIndexes(300)").execute();
        String graphSize = "graph: %d nodes, %d relationships (loaded in %.0f s)".formatted(
                count("MATCH (n) RETURN count(n)"), count("MATCH ()-[r]->() RETURN count(r)"), (System.nanoTime() - loading) / 1e9);
        System.out.println(graphSize);

        List<Call> calls = calls();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI endpoint = URI.create("http://127.0.0.1:" + httpPort + "/graphql");

        run(http, endpoint, calls, clients, warmup);
        String floor = floor(http, endpoint);
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuBefore = os.getProcessCpuTime();
        Result result = run(http, endpoint, calls, clients, seconds);
        long cpuNanos = os.getProcessCpuTime() - cpuBefore;
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();
        long requests = result.requests();
        floor += "\nCPU of this JVM (server, embedded Neo4j and clients) per request: %.1f ms, i.e. at most %.0f requests/s on 2 idle cores"
                .formatted(cpuNanos / 1e6 / requests, 2 * 1e9 * requests / cpuNanos);

        String report = result.report(clients, seconds, graphSize) + floor + "\nmachine load (/proc/loadavg) before: "
                + loadBefore + ", after: " + loadAfter + "\n";
        System.out.println(report);
        Files.writeString(Path.of("target", "api-bench.txt"), report);
        assertThat(result.errors.get()).as("failed requests; first failure: %s", result.firstError).isZero();
    }

    /** Median of 200 sequential trivial requests ({@code { __typename }}): what HTTP and GraphQL cost on this machine now. */
    private static String floor(HttpClient http, URI endpoint) throws Exception {
        long[] nanos = new long[200];
        String body = JSON.writeValueAsString(Map.of("query", "{ __typename }"));
        for (int i = 0; i < nanos.length; i++) {
            long started = System.nanoTime();
            http.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return "floor: { __typename } alone, p50 %.1f ms, p99 %.1f ms".formatted(nanos[100] / 1e6, nanos[197] / 1e6);
    }

    /** The request mix: equal shares of the four kinds, arguments drawn from the loaded graph. */
    private List<Call> calls() {
        List<String> counties = strings("MATCH (r:Region {level: 'COUNTY'}) WHERE r.id STARTS WITH 'bench:' RETURN r.name AS v ORDER BY r.id");
        List<String> cities = strings("MATCH (r:Region {level: 'CITY'}) WHERE r.id STARTS WITH 'bench:' RETURN r.name AS v ORDER BY r.id");
        List<String> leaders = strings("MATCH (p:Person)-[:LEADS]->(:Region {level: 'COUNTY'}) WHERE p.id STARTS WITH 'bench:' RETURN p.id AS v ORDER BY v");
        List<String> fragments = strings("MATCH (p:Person) WHERE p.id STARTS WITH 'bench:person:biz' RETURN substring(p.name, 1, 2) AS v ORDER BY p.id LIMIT 500");
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            calls.add(call(Kind.SEARCH, SEARCH, Map.of("t", fragments.get(i % fragments.size()))));
            calls.add(call(Kind.OFFICIALS, OFFICIALS, Map.of("r", counties.get((i * 7) % counties.size()))));
            calls.add(call(Kind.PROJECTS, PROJECTS, Map.of("r", cities.get(i % cities.size()))));
            calls.add(call(Kind.NEIGHBORHOOD, NEIGHBORHOOD, Map.of("id", leaders.get((i * 11) % leaders.size()))));
        }
        return calls;
    }

    private List<String> strings(String cypher) {
        return driver.executableQuery(cypher).execute().records().stream().map(r -> r.get("v")).map(Value::asString).toList();
    }

    private static Call call(Kind kind, String document, Map<String, Object> variables) {
        return new Call(kind, JSON.writeValueAsString(Map.of("query", document, "variables", variables)));
    }

    private Result run(HttpClient http, URI endpoint, List<Call> calls, int clients, int seconds) throws Exception {
        Result result = new Result();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                int i = client * 97;
                while (System.nanoTime() < end) {
                    Call call = calls.get(i++ % calls.size());
                    long started = System.nanoTime();
                    boolean ok;
                    String failure = null;
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(endpoint)
                                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString(call.body())).build(), HttpResponse.BodyHandlers.ofString());
                        ok = response.statusCode() == 200 && !response.body().contains("\"errors\"");
                        if (!ok) {
                            failure = response.statusCode() + " " + response.body();
                        }
                    } catch (IOException | InterruptedException e) {
                        ok = false;
                        failure = e.toString();
                    }
                    result.record(call.kind(), System.nanoTime() - started, ok, failure);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        return result;
    }

    /** Latencies per kind of call, and failures. */
    private static final class Result {
        private final Map<Kind, List<Long>> nanos = new java.util.EnumMap<>(Kind.class);
        private final AtomicLong errors = new AtomicLong();
        private volatile String firstError;

        Result() {
            for (Kind k : Kind.values()) {
                nanos.put(k, new ArrayList<>());
            }
        }

        long requests() {
            return nanos.values().stream().mapToLong(List::size).sum();
        }

        void record(Kind kind, long elapsed, boolean ok, String failure) {
            List<Long> list = nanos.get(kind);
            synchronized (list) {
                list.add(elapsed);
            }
            if (!ok) {
                errors.incrementAndGet();
                if (firstError == null) {
                    firstError = failure;
                }
            }
        }

        String report(int clients, int seconds, String graphSize) {
            StringBuilder out = new StringBuilder();
            out.append("%d clients, %d s, %s%n".formatted(clients, seconds, graphSize));
            out.append("| query | requests | req/s | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|\n");
            List<Long> all = new ArrayList<>();
            for (var entry : nanos.entrySet()) {
                all.addAll(entry.getValue());
                out.append(row(entry.getKey().name().toLowerCase(), entry.getValue(), seconds));
            }
            out.append(row("all", all, seconds));
            out.append("errors: ").append(errors.get()).append('\n');
            return out.toString();
        }

        private static String row(String name, List<Long> values, int seconds) {
            long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
            if (sorted.length == 0) {
                return "| %s | 0 | | | | | |%n".formatted(name);
            }
            return "| %s | %d | %.0f | %.1f | %.1f | %.1f | %.1f |%n".formatted(name, sorted.length, sorted.length / (double) seconds,
                    pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
        }

        private static double pct(long[] sorted, double p) {
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
        }
    }
}
