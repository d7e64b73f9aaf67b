package com.zhengqi.graph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NerCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryGoodLineBackInOrderWithInclusiveSpansAndReportsTheBadOne() throws Exception {
        Path file = dir.resolve("input.json");
        Files.writeString(file, """
                {"text": "华为技术有限公司董事长任正非昨天在深圳会见了来访的客人。", "label": {"game": {"X": [[0, 0]]}}}
                {"text": "这一行坏了
                
                {"text": "国家发改委副主任张明表示，今年将继续加大对中西部地区的投资。", "id": 7}
                """, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = new CommandLine(new Main()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("ner", "--format", "cluener", file.toString());

        assertThat(exit).isEqualTo(ExitCodes.SOME_FILES_FAILED);
        assertThat(err.toString()).contains(file + ":2:");
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> records = out.toString().lines().map(json::readTree).toList();
        assertThat(records).extracting(r -> r.get("text").asString()).containsExactly(
                "华为技术有限公司董事长任正非昨天在深圳会见了来访的客人。", "国家发改委副主任张明表示，今年将继续加大对中西部地区的投资。");
        assertThat(records.get(1).get("id").asInt()).isEqualTo(7);
        for (JsonNode record : records) {
            String text = record.get("text").asString();
            for (Map.Entry<String, JsonNode> byLabel : record.get("label").properties()) {
                for (Map.Entry<String, JsonNode> byMention : byLabel.getValue().properties()) {
                    for (JsonNode place : byMention.getValue()) {
                        assertThat(place.size()).isEqualTo(2);
                        assertThat(text.substring(place.get(0).asInt(), place.get(1).asInt() + 1)).isEqualTo(byMention.getKey());
                    }
                }
            }
        }
        assertThat(records.get(0).get("label").has("game")).as("the input's labels are replaced").isFalse();
        assertThat(records.get(0).at("/label/name/任正非/0/0").asInt()).isEqualTo(11);
        assertThat(records.get(0).at("/label/name/任正非/0/1").asInt()).isEqualTo(13);
        assertThat(records.get(1).at("/label/government/国家发改委/0/1").asInt()).isEqualTo(4);
    }
}
