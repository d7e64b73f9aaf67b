package com.zhengqi.graph.cli;

import com.zhengqi.graph.serve.ReadAccess;
import com.zhengqi.graph.serve.StartupIngestHealthIndicator;
import com.zhengqi.graph.store.DatabaseEndpoint;
import com.zhengqi.graph.store.GraphStats;
import com.zhengqi.graph.store.IngestService;
import com.zhengqi.graph.store.IngestSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/** {@code serve [PATH...]}: ingest the paths (skipping what is already in the graph), then serve GraphQL and the explorer. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Ingest PATHs not yet in the graph, then serve GraphQL (/graphql), GraphiQL (/graphiql) and the explorer (/).",
                "Runs until interrupted (Ctrl-C)."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT",
            description = "HTTP port (on 127.0.0.1 unless SERVER_ADDRESS says otherwise); 0 picks a free one (default ${DEFAULT-VALUE}).")
    int port;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to ingest before serving.")
    List<Path> paths = List.of();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        var properties = database.springProperties();
        properties.put("server.port", port);
        if (!paths.isEmpty()) {
            // Before the server starts, so that its readiness probe never says UP ahead of the ingest.
            properties.put("zhengqi.serve.startup-ingest", true);
            out.println("ingesting " + paths.stream().map(Path::toString).collect(Collectors.joining(", "))
                    + " before serving (articles already in the graph are skipped)");
            out.flush();
        }
        ConfigurableApplicationContext context = SpringContexts.start(properties, true);
        String http = "http://" + urlHost(context.getEnvironment().getProperty("server.address")) + ":"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
        if (!paths.isEmpty()) {
            Integer stoppedBy = startupIngest(context, http, out);
            if (stoppedBy != null) {
                context.close();
                return stoppedBy;
            }
        }
        CountDownLatch stopped = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                stopped.countDown();
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(context::close, "shutdown"));
        GraphStats.Counts counts = context.getBean(GraphStats.class).counts();
        out.printf("graph: %d article(s), %d node(s), %d relationship(s)%n", counts.articles(), counts.nodes(), counts.relationships());
        out.println("ready:");
        out.println("  explorer  " + http + "/");
        out.println("  GraphQL   " + http + "/graphql   (GraphiQL: " + http + "/graphiql)");
        out.println("  reads     " + (context.getBean(ReadAccess.class).open() ? "open to every client of this address"
                : "need an API key (Authorization: Bearer <key>)"));
        out.println("  readiness " + http + "/actuator/health/readiness");
        out.println("  Neo4j     " + context.getBean(DatabaseEndpoint.class).uri());
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    /**
     * Ingests the paths while the API already answers (its readiness probe says OUT_OF_SERVICE meanwhile); returns
     * the exit code when Ctrl-C or SIGTERM stopped it, null when it ran to its end.
     */
    private @Nullable Integer startupIngest(ConfigurableApplicationContext context, String http, PrintWriter out) {
        out.println("the API answers at " + http + "/graphql meanwhile, on a partial graph: " + http
                + "/actuator/health/readiness says OUT_OF_SERVICE and stats { ingest { running } } true until the ingest ends");
        out.flush();
        IngestSummary summary;
        try (StopSignals signals = StopSignals.install()) {
            summary = context.getBean(IngestService.class).ingest(paths, message -> {
                out.println(message);
                out.flush();
            }, signals::received);
            if (summary.stopped()) {
                out.println(signals.signalName() + ": " + summary.stoppedLine());
                out.flush();
                return signals.exitCode();
            }
        } finally {
            context.getBean(StartupIngestHealthIndicator.class).ingestEnded();
        }
        out.println(summary.line());
        summary.failures().forEach(f -> out.println("  failed: " + f.file() + ": " + f.reason()));
        return null;
    }

    /** The address the server is bound to as a URL's host: what a client on this machine can type. */
    static String urlHost(@Nullable String address) {
        if (address == null || address.isBlank()) {
            return "0.0.0.0";
        }
        String host = address.strip();
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
