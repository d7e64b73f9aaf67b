package com.zhengqi.graph.store;

import com.zhengqi.graph.GraphTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingest of a JSON-lines file with bad lines into the real embedded Neo4j: the good records are in
 * the graph, the bad ones are not, and each bad one is a failure of the run named {@code FILE:LINE},
 * so {@code ingest} prints it on stderr and exits with 2 (its exit code is 2 whenever the summary
 * holds failures; {@code ExternalNeo4jTest} runs the command). The run goes through the application's
 * own ingest service rather than the command, which would start a second application context.
 */
class JsonLinesIngestTest extends GraphTestSupport {

    @TempDir
    Path folder;

    @BeforeEach
    void emptyGraph() {
        clearGraph();
    }

    @Test
    void badLinesAreNamedAndSkippedAndTheOtherRecordsOfTheFileAreWritten() throws IOException {
        Path news = Files.writeString(folder.resolve("news.jsonl"), """
                {"text": "区委书记李富生带领区商务局考察吴江市顺业纺织有限公司。"}
                {"text": "市长王建国会见客商
                {"text": "副市长赵六出席安阳纺织产业园项目签约仪式。", "publishedOn": "2021-05-06"}
                {"title": "没有正文"}
                {"text": "县委书记张三会见江苏恒力集团董事长。"}
                """);
        List<String> messages = new ArrayList<>();

        IngestSummary summary = ingestService.ingest(List.of(news), messages::add);

        List<String> problems = messages.stream().filter(line -> line.startsWith(news.toString())).toList();
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith(news + ":2: not valid JSON (");
        assertThat(problems.get(1)).isEqualTo(news + ":4: no \"text\"");
        assertThat(summary.failures()).extracting(IngestSummary.FileFailure::file).containsExactly(news + ":2", news + ":4");
        assertThat(summary.line()).contains("3 article(s) written").contains("2 failure(s)");
        List<String> sources = driver.executableQuery("MATCH (a:Article) RETURN DISTINCT a.source AS source ORDER BY source")
                .execute().records().stream().map(r -> r.get("source").asString()).toList();
        assertThat(sources).containsExactly(news + ":1", news + ":3", news + ":5");
        assertThat(count("MATCH (p:Person {name: '李富生'}) RETURN count(p)")).isOne();
        assertThat(count("MATCH (p:Person {name: '王建国'}) RETURN count(p)")).as("the person of the broken line").isZero();
    }
}
