package com.zhengqi.graph.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM and Ctrl-C (SIGINT) in the middle of {@code ingest} and of serve's start-up ingest, with real processes
 * (issue 16.10: they printed {@code error: Connection source is closed.}). The run stops after the file in hand,
 * says what it wrote and what is left, exits 143 or 130, and the graph holds exactly the articles it says it wrote.
 */
class StopDuringIngestTest {

    private static final Pattern STOPPED = Pattern.compile(
            "(SIGTERM|SIGINT): stopped after (\\d+) of 12 file\\(s\\): (\\d+) article\\(s\\) written, 0 already in the graph; (\\d+) file\\(s\\) left: "
                    + "rerun the same command to continue");

    @TempDir
    Path dir;

    @Test
    void sigtermStopsIngestCleanlyWithExitCode143AndSaysWhatIsLeft() throws Exception {
        Path corpus = KillDuringIngestTest.writeCorpus(dir.resolve("corpus"));
        int boltPort = KillDuringIngestTest.freePort();
        Process child = start(dir.resolve("ingest.log"), "ingest", "--data-dir", dir.resolve("data").toString(),
                "--bolt-port", String.valueOf(boltPort), "--batch-size", "20", corpus.toString());

        try {
            KillDuringIngestTest.waitForSomeArticles(child, boltPort, 300);
            child.destroy();

            assertStoppedCleanly(child, dir.resolve("ingest.log"), "SIGTERM", 143);
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void ctrlCStopsServesStartUpIngestWithExitCode130BeforeServing() throws Exception {
        Path corpus = KillDuringIngestTest.writeCorpus(dir.resolve("corpus"));
        int boltPort = KillDuringIngestTest.freePort();
        Process child = start(dir.resolve("serve.log"), "-Dzhengqi.ingest.batch-size=20", "serve", "--port", "0",
                "--data-dir", dir.resolve("data").toString(), "--bolt-port", String.valueOf(boltPort), corpus.toString());

        try {
            KillDuringIngestTest.waitForSomeArticles(child, boltPort, 300);
            new ProcessBuilder("kill", "-INT", String.valueOf(child.pid())).start().waitFor();

            String log = assertStoppedCleanly(child, dir.resolve("serve.log"), "SIGINT", 130);
            assertThat(log).startsWith("ingesting " + corpus + " before serving").doesNotContain("ready:");
        } finally {
            child.destroyForcibly();
        }
    }

    /** Returns the log after checking the exit code, the stop line, and that the graph holds what the line says. */
    private String assertStoppedCleanly(Process child, Path logFile, String signal, int exitCode) throws Exception {
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String log = Files.readString(logFile);
        assertThat(child.exitValue()).as(log).isEqualTo(exitCode);
        assertThat(log).doesNotContain("Connection source is closed").doesNotContain("Exception");
        Matcher stopped = STOPPED.matcher(log);
        assertThat(stopped.find()).as(log).isTrue();
        assertThat(stopped.group(1)).isEqualTo(signal);
        int filesDone = Integer.parseInt(stopped.group(2));
        assertThat(filesDone).as("stopped part-way").isBetween(1, 11);
        assertThat(Integer.parseInt(stopped.group(4))).isEqualTo(12 - filesDone);
        try (EmbeddedNeo4j store = EmbeddedNeo4j.start(dir.resolve("data"), 0, "64m"); Driver reopened = KillDuringIngestTest.driver(store.boltPort())) {
            assertThat(KillDuringIngestTest.countWith(reopened, "MATCH (a:Article) RETURN count(a)"))
                    .as("the articles it says it wrote, every one of the files it finished").isEqualTo(Long.parseLong(stopped.group(3)))
                    .isEqualTo(filesDone * 25L);
        }
        return log;
    }

    private static Process start(Path log, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g"));
        List<String> rest = new ArrayList<>(List.of(arguments));
        while (!rest.isEmpty() && rest.getFirst().startsWith("-D")) {
            command.add(rest.removeFirst());
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "com.zhengqi.graph.cli.Main"));
        command.addAll(rest);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
