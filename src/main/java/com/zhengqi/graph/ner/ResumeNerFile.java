package com.zhengqi.graph.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Resume NER files (Zhang and Yang 2018): one character and its BMES tag a line
 * ({@code 张 B-NAME}), a blank line between sentences. Labels are kept as they are (NAME, TITLE,
 * ORG, ...). A line that is not "character tag" is reported with its line number and its sentence
 * is left out.
 */
final class ResumeNerFile {

    private ResumeNerFile() {
    }

    static List<LabelledSentence> read(Path file, PrintWriter errors) throws IOException {
        List<LabelledSentence> sentences = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Builder sentence = new Builder();
            int lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    sentence.finish(sentences);
                    sentence = new Builder();
                    continue;
                }
                String[] parts = line.strip().split("\\s+");
                if (parts.length != 2 || parts[0].codePointCount(0, parts[0].length()) != 1) {
                    errors.println(file + ":" + lineNumber + ": expected \"character tag\", got: " + line);
                    sentence.broken = true;
                    continue;
                }
                sentence.add(parts[0], parts[1]);
            }
            sentence.finish(sentences);
        }
        return sentences;
    }

    /** Collects one sentence's characters and turns BMES tags into spans. */
    private static final class Builder {
        final StringBuilder text = new StringBuilder();
        final List<EntitySpan> spans = new ArrayList<>();
        int start = -1;
        boolean broken;

        void add(String character, String tag) {
            int at = text.length();
            text.append(character);
            char part = tag.charAt(0);
            String label = tag.length() > 2 ? tag.substring(2) : "";
            if (part == 'S') {
                spans.add(new EntitySpan(label, at, text.length(), character));
                start = -1;
            } else if (part == 'B') {
                start = at;
            } else if (part == 'E' && start >= 0) {
                spans.add(new EntitySpan(label, start, text.length(), text.substring(start)));
                start = -1;
            } else if (part == 'O') {
                start = -1;
            }
        }

        void finish(List<LabelledSentence> into) {
            if (!text.isEmpty() && !broken) {
                into.add(new LabelledSentence(text.toString(), spans));
            }
        }
    }
}
