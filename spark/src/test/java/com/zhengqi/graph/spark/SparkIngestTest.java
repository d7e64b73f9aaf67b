package com.zhengqi.graph.spark;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code spark-ingest} on local[2] against {@code ingest} into an empty embedded store (the main fat jar,
 * in its own JVM, as a user runs it): on the seeds, the shared news corpus when it is there, and a folder
 * of bad input, both must report the same failures and give the same CSV export, compared canonically.
 */
class SparkIngestTest {

    private static final Path ROOT = Path.of(System.getProperty("zhengqi.root", "..")).toAbsolutePath().normalize();
    private static final Path JAR = Path.of(System.getProperty("zhengqi.jar", "../target/zhengqi-graph.jar")).toAbsolutePath();
    private static final Path NEWS = ROOT.resolve("../shared/corpus/news").normalize();

    @TempDir
    static Path work;

    private static Path bad;
    private static Run ingest;
    private static Run spark;

    private record Run(int exit, String out, String err) {

        /** The lines naming a file or record of {@code folder}: the failures, as the user sees them. */
        List<String> failuresIn(Path folder) {
            return err.lines().filter(l -> l.startsWith(folder.toString())).sorted().toList();
        }
    }

    @BeforeAll
    static void ingestTheSameInputsBothWays() throws Exception {
        bad = Files.createDirectories(work.resolve("bad"));
        // Invented text; the second and third lines are not records, the PDF is not a PDF.
        Files.writeString(bad.resolve("notes.jsonl"), """
                {"title": "会见客商", "publishedOn": "2026-03-05", "text": "东湖区区长王明远在区政府会见了华星科技有限公司董事长李文博一行。"}
                {not json
                {"title": "no text"}
                """, StandardCharsets.UTF_8);
        Files.write(bad.resolve("broken.pdf"), "not a pdf at all".getBytes(StandardCharsets.US_ASCII));
        List<String> inputs = new ArrayList<>(List.of(ROOT.resolve("seeds").toString()));
        if (Files.isDirectory(NEWS)) {
            inputs.add(NEWS.toString());
        } else {
            System.out.println("SparkIngestTest: " + NEWS + " is absent; comparing on the seeds and the bad input only");
        }
        inputs.add(bad.toString());

        Path store = work.resolve("ingest-store");
        ingest = java(concat(List.of("ingest", "--data-dir", store.toString()), inputs));
        Run export = java(List.of("export", "--format", "csv", "--data-dir", store.toString(), "--out", work.resolve("ingest-csv").toString()));
        assertThat(export.exit()).as(export.err()).isZero();
        spark = spark(concat(List.of("--master", "local[2]", "--out", work.resolve("spark-csv").toString()), inputs));
    }

    @Test
    void sparkWritesTheNodesRelationshipsAndPropertiesIngestWrites() throws IOException {
        Map<String, List<String>> expected = CanonicalCsv.of(work.resolve("ingest-csv"));
        Map<String, List<String>> actual = CanonicalCsv.of(work.resolve("spark-csv"));

        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((file, records) -> assertThat(actual.get(file)).as(file).containsExactlyElementsOf(records));
        List<String> articles = expected.entrySet().stream().filter(e -> e.getKey().endsWith("-Article.csv"))
                .findFirst().orElseThrow().getValue();
        assertThat(articles.size() - 1).as("articles in the graph").isGreaterThan(30);
        assertThat(expected.keySet()).anyMatch(f -> f.contains("HOLDS_POSITION"));
    }

    @Test
    void sparkReportsEachBadFileAndRecordAsIngestDoes() {
        assertThat(ingest.exit()).as(ingest.err()).isEqualTo(2);
        assertThat(spark.exit()).as(spark.err()).isEqualTo(2);
        assertThat(spark.failuresIn(bad)).isEqualTo(ingest.failuresIn(bad)).hasSize(3)
                .anyMatch(l -> l.startsWith(bad.resolve("notes.jsonl") + ":2: "))
                .anyMatch(l -> l.startsWith(bad.resolve("broken.pdf") + ": "));
        assertThat(spark.out()).contains("3 failure(s)").containsPattern("ingested \\d+ file\\(s\\)");
    }

    private static Run java(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", JAR.toString()));
        command.addAll(arguments);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Run spark(List<String> arguments) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = SparkIngest.run(arguments.toArray(String[]::new));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        Run run = new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        stdout.println(run.out());
        return run;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
