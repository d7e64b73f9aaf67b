package com.zhengqi.graph.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one word list from the classpath: UTF-8, one entry a line, lines starting with {@code #} are
 * comments (the header names source and licence), blank lines are skipped. A missing resource or a
 * malformed line is an error that names the resource and the line.
 */
final class LexiconFile {

    private LexiconFile() {
    }

    /** The entries of a plain list, in file order. */
    static List<String> entries(String resource) {
        return lines(resource).stream().map(NumberedLine::text).toList();
    }

    /** The entries of a two-column list ({@code key<TAB>value}), in file order. */
    static Map<String, String> pairs(String resource) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (NumberedLine line : lines(resource)) {
            int tab = line.text().indexOf('\t');
            if (tab <= 0 || tab == line.text().length() - 1) {
                throw new IllegalStateException(resource + ":" + line.number() + ": expected 'entry<TAB>value', got '" + line.text() + "'");
            }
            pairs.put(line.text().substring(0, tab).strip(), line.text().substring(tab + 1).strip());
        }
        return pairs;
    }

    private static List<NumberedLine> lines(String resource) {
        InputStream in = LexiconFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + ": lexicon not found on the classpath");
        }
        List<NumberedLine> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    lines.add(new NumberedLine(number, text.replace("\uFEFF", "")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource + ": cannot read lexicon", e);
        }
        return lines;
    }

    private record NumberedLine(int number, String text) {
    }
}
