package com.zhengqi.graph.cli;

import com.zhengqi.graph.store.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Start-ups that must not happen, refused with one line that says what to do. */
class StartupRefusalTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void serveRefusesToListenBeyondLoopbackWithoutAnApiKeyBeforeOpeningTheDatabase() {
        Path data = dir.resolve("data");
        System.setProperty("server.address", "0.0.0.0");
        int exit;
        try {
            exit = run("serve", "--port", "0", "--bolt-port", "0", "--data-dir", data.toString());
        } finally {
            System.clearProperty("server.address");
        }

        assertThat(exit).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString().strip()).startsWith("error: refusing to serve HTTP on 0.0.0.0 without an API key")
                .contains("ZHENGQI_API_KEY").doesNotContain("\n");
        assertThat(Files.exists(data)).as("the database was never opened").isFalse();
    }

    @Test
    void boltBeyondLoopbackIsRefusedWithoutAPasswordBeforeOpeningTheDatabase() throws Exception {
        Path data = dir.resolve("data");
        Path page = Files.writeString(dir.resolve("page.txt"), "区委书记李富生带领区商务局考察。");

        int exit = run("ingest", "--bolt-address", "0.0.0.0", "--bolt-port", "0", "--data-dir", data.toString(), page.toString());

        assertThat(exit).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString().lines().filter(line -> line.startsWith("error: ")).toList()).singleElement().asString()
                .startsWith("error: --bolt-address 0.0.0.0: refusing to open Neo4j's Bolt port on 0.0.0.0 without a password")
                .contains("NEO4J_PASSWORD");
        assertThat(Files.exists(data)).as("the database was never opened").isFalse();
    }

    @Test
    void aPasswordTooShortForNeo4jIsRefusedBeforeOpeningTheDatabase() throws Exception {
        Path data = dir.resolve("data");
        Path page = Files.writeString(dir.resolve("page.txt"), "区委书记李富生带领区商务局考察。");

        int exit = run("ingest", "--bolt-address", "0.0.0.0", "--neo4j-password", "short", "--bolt-port", "0",
                "--data-dir", data.toString(), page.toString());

        assertThat(exit).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString().lines().filter(line -> line.startsWith("error: ")).toList())
                .containsExactly("error: --neo4j-password: the embedded database needs a password of at least 8 characters");
        assertThat(Files.exists(data)).isFalse();
    }

    @Test
    void aSecondProcessOnTheSameDataFolderIsToldToUseTheBoltPort() throws Exception {
        Path data = dir.resolve("data");
        Path page = Files.writeString(dir.resolve("page.txt"), "区委书记李富生带领区商务局考察。");
        try (EmbeddedNeo4j running = EmbeddedNeo4j.start(data, 0, "16m")) {
            int exit = run("ingest", "--data-dir", data.toString(), "--bolt-port", "0", page.toString());

            assertThat(exit).isEqualTo(ExitCodes.FAILED);
            assertThat(err.toString().lines().filter(line -> line.startsWith("error: ")).toList()).containsExactly(
                    "error: the database in " + data.toAbsolutePath() + " is open in another process (a running serve or ingest); "
                            + "an embedded database can be opened by one process at a time. To ingest while serve runs, send ingest to "
                            + "its Bolt port: ingest --neo4j-uri " + running.boltUri() + " PATH...");
            assertThat(running.boltUri()).as("a port picked at random, not the default").isNotEqualTo("bolt://127.0.0.1:7687");
        }
    }
}
