package com.zhengqi.graph.cli;

import com.zhengqi.graph.store.DatabaseEndpoint;
import com.zhengqi.graph.store.GraphStats;
import com.zhengqi.graph.store.IngestService;
import com.zhengqi.graph.store.IngestSummary;
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
            description = "HTTP port on 127.0.0.1; 0 picks a free one (default ${DEFAULT-VALUE}).")
    int port;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files or folders to ingest before serving.")
    List<Path> paths = List.of();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        var properties = database.springProperties();
        properties.put("server.port", port);
        ConfigurableApplicationContext context = SpringContexts.start(properties, true);
        CountDownLatch stopped = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                stopped.countDown();
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(context::close, "shutdown"));
        if (!paths.isEmpty()) {
            IngestSummary summary = context.getBean(IngestService.class).ingest(paths, message -> {
                out.println(message);
                out.flush();
            });
            out.println(summary.line());
            summary.failures().forEach(f -> out.println("  failed: " + f.file() + ": " + f.reason()));
        }
        GraphStats.Counts counts = context.getBean(GraphStats.class).counts();
        int httpPort = ((WebServerApplicationContext) context).getWebServer().getPort();
        String http = "http://127.0.0.1:" + httpPort;
        out.printf("graph: %d article(s), %d node(s), %d relationship(s)%n", counts.articles(), counts.nodes(), counts.relationships());
        out.println("ready:");
        out.println("  explorer  " + http + "/");
        out.println("  GraphQL   " + http + "/graphql   (GraphiQL: " + http + "/graphiql)");
        out.println("  Neo4j     " + context.getBean(DatabaseEndpoint.class).uri());
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
