package com.zhengqi.graph.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built jar, run as a user runs it ({@code java -jar target/zhengqi-graph.jar}, no JVM options),
 * prints no JVM warning: not JCTools' use of sun.misc.Unsafe, not JNA's native access. Failsafe runs
 * it at {@code verify}, once {@code package} has made the jar.
 */
class QuietJarIT {

    private static final Path JAR = Path.of("target", "zhengqi-graph.jar");
    private static final Path SEED = Path.of("seeds", "000_64d736ac5815972c.txt");

    @Test
    void helpPrintsTheUsageAndNoWarning() throws Exception {
        List<String> output = runJar("--help");

        assertThat(output).anySatisfy(line -> assertThat(line).startsWith("Usage: zhengqi-graph"));
        assertThat(output).noneSatisfy(line -> assertThat(line).contains("WARNING"));
    }

    /** Ingesting opens the embedded Neo4j, which loads both JCTools (its transaction log) and JNA. */
    @Test
    void ingestingIntoTheEmbeddedDatabasePrintsItsSummaryAndNoWarning(@TempDir Path dataDir) throws Exception {
        List<String> output = runJar("ingest", "--data-dir", dataDir.toString(), "--bolt-port", "0", SEED.toString());

        assertThat(output).anySatisfy(line -> assertThat(line).startsWith("ingested 1 file(s)"));
        assertThat(output).noneSatisfy(line -> assertThat(line).contains("WARNING"));
    }

    /** Standard output and standard error, interleaved, of the jar run with this JVM's java; asserts exit code 0. */
    private static List<String> runJar(String... arguments) throws IOException, InterruptedException {
        assertThat(JAR).as("the jar that package builds").isRegularFile();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(arguments));
        Path log = Files.createTempFile("quiet-jar", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("the jar finished").isTrue();
            List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("exit code; output: %s", output).isZero();
            return output;
        } finally {
            Files.delete(log);
        }
    }
}
