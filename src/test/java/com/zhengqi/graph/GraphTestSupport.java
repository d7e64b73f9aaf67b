package com.zhengqi.graph;

import com.zhengqi.graph.store.IngestService;
import com.zhengqi.graph.store.IngestSummary;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Base of every test that needs the real application: one embedded Neo4j (on a free Bolt port, in a
 * temporary folder) and one web server per test JVM, shared by all subclasses through Spring's
 * context cache. Subclasses must not change the configuration, or they start a second database.
 */
@SpringBootTest(classes = ZhengqiApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class GraphTestSupport {

    protected static final Path SEEDS = Path.of("seeds");

    private static final Path DATA_DIR = temporaryDataDir();

    @Autowired
    protected Driver driver;

    @Autowired
    protected IngestService ingestService;

    @LocalServerPort
    protected int httpPort;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("zhengqi.neo4j.data-dir", DATA_DIR::toString);
        registry.add("zhengqi.neo4j.bolt-port", () -> 0);
    }

    /** Empties the graph; cheaper than restarting the database between tests. */
    protected void clearGraph() {
        try (Session session = driver.session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    protected IngestSummary ingest(Path... paths) {
        return ingestService.ingest(List.of(paths), message -> { });
    }

    protected long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().getFirst().get(0).asLong();
    }

    private static Path temporaryDataDir() {
        try {
            Path dir = Files.createTempDirectory("zhengqi-test-neo4j");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
