package com.zhengqi.graph.serve;

import com.zhengqi.graph.GraphTestSupport;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
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
 * and a depth-2 neighbourhood, first with the {@link ResponseCache} off, then on
 * ({@code bench.responseCache=off|on|both}). After the uncached run the same clients send each
 * request's own statements (learnt by sending each request once while {@link CypherReads} reports
 * them) straight over Bolt, the reference GraphQL's p99 is compared with (goal: at most 1.5 times
 * it). Prints latency percentiles per query, CPU per request
 * (server and clients apart: the clients run in this JVM), each query alone, and the machine's load,
 * and writes them to {@code target/api-bench.txt}; fails if any request errs. With
 * {@code bench.jfr=<file>} the uncached run is also recorded with Java Flight Recorder.
 * <p>Run: {@code scripts/api-bench.sh} (or {@code ./mvnw test -Dtest=ApiLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}).
 */
class ApiLoadBenchmark extends GraphTestSupport {

    @Autowired
    private ResponseCache responseCache;

    @Autowired
    private CypherReads reads;

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

    private static final int ALONE_REQUESTS = 300;

    /** One request of the mix: its GraphQL body and, once learnt, the statements the server runs for it. */
    private record Call(Kind kind, String body, List<Statement> statements) {
    }

    /** A statement the server ran for a request, with its parameters. */
    private record Statement(String cypher, Map<String, Object> parameters) {
    }

    /** Sends one call; returns null when it succeeded, else what went wrong. */
    @FunctionalInterface
    private interface Sender {
        String send(Call call, Result result) throws IOException, InterruptedException;
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

        StringBuilder report = new StringBuilder("%d clients, %d s after a %d s warm-up, %s%n".formatted(clients, seconds, warmup, graphSize));
        String mode = System.getProperty("bench.responseCache", "both");
        long errors = 0;
        String firstError = null;
        if (!mode.equals("on")) {
            responseCache.enabled(false);
            Sender graphQl = graphQl(http, endpoint);
            run(graphQl, calls, clients, warmup);
            String floor = floor(http, endpoint);
            String alone = alone(http, endpoint, calls);
            Measured measured = measure(graphQl, calls, clients, seconds, true);
            List<Call> learnt = withStatements(http, endpoint, calls);
            Sender bolt = bolt();
            run(bolt, learnt, clients, warmup);
            Measured cypher = measure(bolt, learnt, clients, seconds, false);
            report.append("\n## without the response cache (every request executes)\n").append(measured.text())
                    .append(floor).append('\n').append(alone)
                    .append("\n## the same requests' own Cypher straight over Bolt (each request's statements, one auto-commit read each)\n")
                    .append(cypher.text())
                    .append("GraphQL p99 / Bolt p99: %.2f (all requests; goal <= 1.5)%n".formatted(
                            measured.result().p99() / cypher.result().p99()));
            errors += measured.result().errors.get() + cypher.result().errors.get();
            firstError = measured.result().firstError != null ? measured.result().firstError : cypher.result().firstError;
        }
        if (!mode.equals("off")) {
            responseCache.enabled(true);
            Sender graphQl = graphQl(http, endpoint);
            run(graphQl, calls, clients, warmup);
            Measured measured = measure(graphQl, calls, clients, seconds, false);
            report.append("\n## with the response cache (answers kept until the next write)\n").append(measured.text());
            errors += measured.result().errors.get();
            firstError = firstError == null ? measured.result().firstError : firstError;
            responseCache.enabled(true);
        }
        report.append("\nmachine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores (").append(cpuModel())
                .append("), JDK ").append(Runtime.version()).append('\n');
        System.out.println(report);
        Files.writeString(Path.of("target", "api-bench.txt"), report);
        assertThat(errors).as("failed requests; first failure: %s", firstError).isZero();
    }

    private static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
    }

    private record Measured(Result result, String text) {
    }

    /** One measured run: latencies, CPU split between server and clients, machine load around it, and the flight recording if asked for. */
    private Measured measure(Sender sender, List<Call> calls, int clients, int seconds, boolean profiled) throws Exception {
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        ProcessCpu cpu = new ProcessCpu();
        Recording recording = profiled ? profile() : null;
        Result result = run(sender, calls, clients, seconds);
        ProcessCpu.Spent spent = cpu.spent(result.clientCpuNanos.get());
        String recorded = saveProfile(recording);
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();
        long requests = result.requests();
        String cpuLine = ("CPU per request: %.2f ms server (Tomcat, GraphQL, driver, embedded Neo4j; %.2f ms of it on the threads "
                + "that carry requests), %.2f ms clients, %.2f ms whole JVM, i.e. at most %.0f requests/s on 2 idle cores (server alone: %.0f)%n")
                .formatted(spent.server() / 1e6 / requests, spent.requestThreads() / 1e6 / requests, spent.clients() / 1e6 / requests,
                        spent.total() / 1e6 / requests, 2 * 1e9 * requests / spent.total(), 2 * 1e9 * requests / spent.server());
        return new Measured(result, result.report(seconds) + cpuLine + "load (/proc/loadavg) before: " + loadBefore
                + ", after: " + loadAfter + "\n" + recorded);
    }

    /**
     * Each kind of query on its own, one request at a time (after the load's warm-up): latency without
     * queueing, and the CPU one request of that kind costs the server.
     */
    private static String alone(HttpClient http, URI endpoint, List<Call> calls) throws Exception {
        StringBuilder out = new StringBuilder("one request at a time (%d of each kind):\n".formatted(ALONE_REQUESTS));
        out.append("| query | p50 ms | p99 ms | CPU ms per request, request threads | CPU ms per request, whole server |\n|---|---|---|---|---|\n");
        for (Kind kind : Kind.values()) {
            List<Call> ofKind = calls.stream().filter(c -> c.kind() == kind).toList();
            long[] nanos = new long[ALONE_REQUESTS];
            ProcessCpu cpu = new ProcessCpu();
            long clientCpu = ProcessCpu.currentThread();
            for (int i = 0; i < nanos.length; i++) {
                long started = System.nanoTime();
                HttpResponse<String> response = http.send(request(endpoint, ofKind.get(i % ofKind.size()).body()), HttpResponse.BodyHandlers.ofString());
                nanos[i] = System.nanoTime() - started;
                assertThat(response.body()).as("response to %s", kind).doesNotContain("\"errors\"");
            }
            ProcessCpu.Spent spent = cpu.spent(ProcessCpu.currentThread() - clientCpu);
            Arrays.sort(nanos);
            out.append("| %s | %.1f | %.1f | %.2f | %.2f |%n".formatted(kind.name().toLowerCase(), Result.pct(nanos, 50), Result.pct(nanos, 99),
                    spent.requestThreads() / 1e6 / nanos.length, spent.server() / 1e6 / nanos.length));
        }
        return out.toString();
    }

    /** With {@code -Dbench.jfr=<file>}: a Java Flight Recording (profile settings) of the measured load only. */
    private static Recording profile() throws Exception {
        if (System.getProperty("bench.jfr", "").isBlank()) {
            return null;
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        return recording;
    }

    private static String saveProfile(Recording recording) throws IOException {
        if (recording == null) {
            return "";
        }
        recording.stop();
        Path file = Path.of(System.getProperty("bench.jfr")).toAbsolutePath();
        recording.dump(file);
        recording.close();
        return "flight recording of the measured load: " + file + "\n";
    }

    private static HttpRequest request(URI endpoint, String body) {
        return HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
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
        return new Call(kind, JSON.writeValueAsString(Map.of("query", document, "variables", variables)), List.of());
    }

    /** The calls with the statements the server runs for each, learnt by sending each once, one at a time. */
    private List<Call> withStatements(HttpClient http, URI endpoint, List<Call> calls) throws Exception {
        List<Call> learnt = new ArrayList<>();
        try {
            for (Call call : calls) {
                List<Statement> statements = new ArrayList<>();
                reads.observe((cypher, parameters) -> statements.add(new Statement(cypher, new java.util.HashMap<>(parameters))));
                HttpResponse<String> response = http.send(request(endpoint, call.body()), HttpResponse.BodyHandlers.ofString());
                assertThat(response.body()).as("response to %s", call.kind()).doesNotContain("\"errors\"");
                learnt.add(new Call(call.kind(), call.body(), List.copyOf(statements)));
            }
        } finally {
            reads.observe(null);
        }
        return learnt;
    }

    /** Sends a call's GraphQL document over HTTP. */
    private static Sender graphQl(HttpClient http, URI endpoint) {
        return (call, result) -> {
            HttpResponse<String> response = send(http, endpoint, call.body(), result);
            boolean ok = response.statusCode() == 200 && !response.body().contains("\"errors\"");
            return ok ? null : response.statusCode() + " " + response.body();
        };
    }

    /**
     * Runs a call's statements over Bolt with the driver, one after the other as the server ran them,
     * each an auto-commit read transaction in a session naming the database: what the API cost when it
     * sent them over Bolt itself, without HTTP and GraphQL.
     */
    private Sender bolt() {
        String home = driver.executableQuery("RETURN 1").execute().summary().database().name();
        SessionConfig read = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).withDatabase(home).build();
        return (call, result) -> {
            for (Statement statement : call.statements()) {
                try (Session session = driver.session(read)) {
                    session.run(statement.cypher(), statement.parameters()).list();
                }
            }
            return null;
        };
    }

    private Result run(Sender sender, List<Call> calls, int clients, int seconds) throws Exception {
        Result result = new Result();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> {
                int i = client * 97;
                long cpuAtStart = ProcessCpu.currentThread();
                while (System.nanoTime() < end) {
                    Call call = calls.get(i++ % calls.size());
                    long started = System.nanoTime();
                    String failure;
                    try {
                        failure = sender.send(call, result);
                    } catch (IOException | InterruptedException | RuntimeException e) {
                        failure = e.toString();
                    }
                    result.record(call.kind(), System.nanoTime() - started, failure == null, failure);
                }
                result.clientCpuNanos.addAndGet(ProcessCpu.currentThread() - cpuAtStart);
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
        return result;
    }

    /**
     * Sends one request; sends it once more if the server had closed the kept-alive connection
     * before the request reached it (Tomcat ends a connection after 100 requests, and the JDK
     * client can pick it just then). The retry is counted and its time is part of the request's.
     */
    private static HttpResponse<String> send(HttpClient http, URI endpoint, String body, Result result)
            throws IOException, InterruptedException {
        try {
            return http.send(request(endpoint, body), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("received no bytes")) {
                throw e;
            }
            result.retries.incrementAndGet();
            return http.send(request(endpoint, body), HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Latencies per kind of call, and failures. */
    private static final class Result {
        private final Map<Kind, List<Long>> nanos = new java.util.EnumMap<>(Kind.class);
        private final AtomicLong errors = new AtomicLong();
        /** Requests sent again on a new connection because the server had just closed the kept-alive one. */
        private final AtomicLong retries = new AtomicLong();
        /** CPU the client threads spent sending and reading (not the HTTP client's own threads: see {@link ProcessCpu}). */
        private final AtomicLong clientCpuNanos = new AtomicLong();
        private volatile String firstError;

        Result() {
            for (Kind k : Kind.values()) {
                nanos.put(k, new ArrayList<>());
            }
        }

        long requests() {
            return nanos.values().stream().mapToLong(List::size).sum();
        }

        /** The 99th percentile of all requests, in milliseconds. */
        double p99() {
            return pct(nanos.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sorted().toArray(), 99);
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

        String report(int seconds) {
            StringBuilder out = new StringBuilder();
            out.append("| query | requests | req/s | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|---|\n");
            List<Long> all = new ArrayList<>();
            for (var entry : nanos.entrySet()) {
                all.addAll(entry.getValue());
                out.append(row(entry.getKey().name().toLowerCase(), entry.getValue(), seconds));
            }
            out.append(row("all", all, seconds));
            out.append("errors: ").append(errors.get()).append('\n');
            out.append("requests sent again because the server had closed the kept-alive connection: ").append(retries.get()).append('\n');
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

        static double pct(long[] sorted, double p) {
            return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
        }
    }
}
