package com.zhengqi.graph.store;

import com.zhengqi.graph.CommandProcess;
import com.zhengqi.graph.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ingest into an external Neo4j: a second server with authentication on (the same engine, started with
 * a password as {@code serve --neo4j-password} starts it), reached by the commands only through
 * {@code --neo4j-uri/--neo4j-user/--neo4j-password}, exactly as a user points at a server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExternalNeo4jTest {

    private static final String PASSWORD = "zhengqi-test-secret";
    private static final Path SEEDS = Path.of("seeds");

    private EmbeddedNeo4j server;
    private String uri;
    private Driver driver;

    @BeforeAll
    void startServer() throws Exception {
        Path home = Files.createTempDirectory("zhengqi-external-neo4j");
        // The test JVM has Neo4j loaded already: a second database here starts in seconds, a second JVM took most of a minute.
        server = EmbeddedNeo4j.start(new StoreProperties(null, "neo4j", PASSWORD, home.resolve("db"), "127.0.0.1", 0, "64m"));
        uri = server.boltUri();
        driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", PASSWORD));
    }

    @AfterAll
    void stopServer() {
        if (driver != null) {
            driver.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private List<String> ingestArgs(String password, String... paths) {
        List<String> args = new ArrayList<>(List.of("ingest", "--json", "--neo4j-uri", uri, "--neo4j-user", "neo4j", "--neo4j-password", password));
        args.addAll(List.of(paths));
        return args;
    }

    private long count(String cypher) {
        return driver.executableQuery(cypher).execute().records().getFirst().get(0).asLong();
    }

    @Test
    void theServerRefusesAnyoneWithoutThePassword() {
        try (Driver anonymous = GraphDatabase.driver(uri, AuthTokens.none())) {
            assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
        Run wrong = cli(ingestArgs("not-the-password", SEEDS.toString()).toArray(String[]::new));
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err()).containsIgnoringCase("authentication");
    }

    /** In a process of its own, where logging and Spring Boot's failure report reach the real streams. */
    @Test
    void aWrongPasswordIsOneLineOnStandardErrorAndNothingOnStandardOutput() throws Exception {
        CommandProcess wrong = CommandProcess.run(ingestArgs("not-the-password", SEEDS.toString()).toArray(String[]::new));

        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.out()).isEmpty();
        assertThat(wrong.err().lines().toList()).singleElement().asString()
                .startsWith("error: Neo4j refused the user name or password").contains("--neo4j-password");
    }

    @Test
    void theJsonSummaryIsAllThereIsOnStandardOutput() throws Exception {
        // A missing file: the summary is written all the same, and no article changes the counts the other tests check.
        CommandProcess run = CommandProcess.run(ingestArgs(PASSWORD, SEEDS.resolve("no-such-page.txt").toString()).toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.out().lines().toList()).singleElement();
        assertThat(JsonMapper.builder().build().readTree(run.out()).path("failures").get(0).path("file").asString()).endsWith("no-such-page.txt");
    }

    @Test
    void ingestWritesToTheExternalServerSkipsWhatIsThereAndNamesWhatFailed() {
        Run first = cli(ingestArgs(PASSWORD, SEEDS.toString()).toArray(String[]::new));
        assertThat(first.exitCode()).as(first.err()).isZero();
        JsonNode summary = JsonMapper.builder().build().readTree(first.out());
        long articles = summary.path("written").path("articlesWritten").asLong();
        assertThat(articles).isPositive();
        assertThat(summary.path("files").asInt()).isEqualTo(5);
        assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(articles);
        assertThat(count("SHOW CONSTRAINTS YIELD name WHERE name = 'article_id' RETURN count(*)"))
                .as("the schema is applied to the external server too").isEqualTo(1);
        long nodes = count("MATCH (n) RETURN count(n)");
        long relationships = count("MATCH ()-[r]->() RETURN count(r)");

        Path missing = SEEDS.resolve("no-such-page.txt");
        Run again = cli(ingestArgs(PASSWORD, SEEDS.toString(), missing.toString()).toArray(String[]::new));
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("no-such-page.txt");
        JsonNode second = JsonMapper.builder().build().readTree(again.out());
        assertThat(second.path("written").path("articlesWritten").asLong()).isZero();
        assertThat(second.path("written").path("articlesSkipped").asLong()).isEqualTo(articles);
        assertThat(second.path("failures").get(0).path("file").asString()).endsWith("no-such-page.txt");
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
    }
}
