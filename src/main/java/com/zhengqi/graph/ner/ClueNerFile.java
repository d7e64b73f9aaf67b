package com.zhengqi.graph.ner;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a labelled CLUENER2020 file: one JSON object a line,
 * {@code {"text": ..., "label": {label: {mention: [[start, endInclusive], ...]}}}}. A line that
 * is not such an object, or a span that does not match its text, is reported with the file and
 * line number and left out; the rest of the file is still read.
 */
final class ClueNerFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ClueNerFile() {
    }

    static List<LabelledSentence> read(Path file, PrintWriter errors) throws IOException {
        List<LabelledSentence> sentences = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    sentences.add(parse(JSON.readTree(line)));
                } catch (JacksonException | IllegalArgumentException e) {
                    errors.println(file + ":" + lineNumber + ": skipped: " + e.getMessage());
                }
            }
        }
        return sentences;
    }

    private static LabelledSentence parse(JsonNode record) {
        JsonNode text = record.get("text");
        if (text == null || !text.isString()) {
            throw new IllegalArgumentException("no \"text\" string");
        }
        String sentence = text.asString();
        List<EntitySpan> spans = new ArrayList<>();
        JsonNode labels = record.get("label");
        if (labels != null && labels.isObject()) {
            for (Map.Entry<String, JsonNode> byLabel : labels.properties()) {
                for (Map.Entry<String, JsonNode> byMention : byLabel.getValue().properties()) {
                    for (JsonNode place : byMention.getValue()) {
                        int start = place.get(0).asInt();
                        int end = place.get(1).asInt() + 1;
                        if (start < 0 || end > sentence.length() || start >= end
                                || !sentence.substring(start, end).equals(byMention.getKey())) {
                            throw new IllegalArgumentException("span " + place + " of \"" + byMention.getKey()
                                    + "\" does not match the text");
                        }
                        spans.add(new EntitySpan(byLabel.getKey(), start, end, byMention.getKey()));
                    }
                }
            }
        }
        spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new LabelledSentence(sentence, spans);
    }
}
