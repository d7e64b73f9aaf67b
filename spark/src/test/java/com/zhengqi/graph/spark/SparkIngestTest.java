package com.zhengqi.graph.spark;

import com.zhengqi.graph.spark.Commands.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code spark-ingest} on local[2] against {@code ingest} into an empty embedded store (the main fat jar,
 * in its own JVM, as a user runs it): on the seeds, the shared news corpus when it is there, and a folder
 * of bad input, both must report the same failures and give the same CSV export, compared canonically.
 */
class SparkIngestTest {

    private static final Path ROOT = Commands.ROOT;
    private static final Path NEWS = ROOT.resolve("../shared/corpus/news").normalize();

    @TempDir
    static Path work;

    private static Path bad;
    private static Run ingest;
    private static Run spark;

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

        ingest = Commands.ingestAndExport(work, inputs, work.resolve("ingest-csv"));
        spark = Commands.spark(Commands.concat(List.of("--master", "local[2]", "--out", work.resolve("spark-csv").toString()), inputs));
    }

    @Test
    void sparkWritesTheNodesRelationshipsAndPropertiesIngestWrites() throws IOException {
        List<String> articles = CanonicalCsv.assertSameGraph(work.resolve("ingest-csv"), work.resolve("spark-csv"));

        assertThat(articles.size() - 1).as("articles in the graph").isGreaterThan(30);
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
}
