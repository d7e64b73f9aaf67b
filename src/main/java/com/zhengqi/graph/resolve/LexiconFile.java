package com.zhengqi.graph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gazetteer's lexicon resources: UTF-8, one entry a line, {@code #} lines and blank lines ignored,
 * columns separated by tabs; a name ending in {@code .gz} is read through gzip.
 */
final class LexiconFile {

    /** One entry of a lexicon with the line it came from, for error messages. */
    record Line(int number, String[] columns) {
    }

    private LexiconFile() {
    }

    /** The first column of every entry of a one-column lexicon. */
    static List<String> entries(String resource) {
        List<String> entries = new ArrayList<>();
        for (Line line : lines(resource, 1)) {
            entries.add(line.columns()[0]);
        }
        return entries;
    }

    /**
     * Every entry of {@code resource} split into exactly {@code columns} tab-separated columns (trailing empty
     * columns allowed); a line with another number of columns fails naming the resource and the line.
     */
    static List<Line> lines(String resource, int columns) {
        try (InputStream raw = LexiconFile.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("lexicon resource not found: " + resource);
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            List<Line> lines = new ArrayList<>();
            int number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] parts = text.split("\t", -1);
                if (parts.length != columns) {
                    throw new IllegalStateException(resource + " line " + number + ": expected " + columns
                            + " tab-separated columns, found " + parts.length + ": " + text);
                }
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = parts[i].strip();
                }
                lines.add(new Line(number, parts));
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon resource " + resource, e);
        }
    }
}
