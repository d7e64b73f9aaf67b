package com.zhengqi.graph.lexicon;

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
import java.util.zip.GZIPInputStream;

/**
 * The one reader of lexicon files under {@code src/main/resources/lexicon/}: UTF-8 (a byte-order mark is dropped),
 * one entry a line, blank lines and lines starting with {@code #} skipped, optional tab-separated columns after the
 * entry; a name ending in {@code .gz} is read through gzip. Every error names the resource and, for a bad entry, its
 * line number. Callers read a file once, when their class loads, and keep what they need.
 */
public final class Lexicon {

    private static final String FOLDER = "/lexicon/";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** One entry with the line it came from, for error messages. */
    public record Line(int number, String[] columns) {
    }

    private Lexicon() {
    }

    /** Every entry line, stripped and split on tabs (trailing empty columns dropped), in file order. */
    public static List<String[]> rows(String fileName) {
        List<String[]> rows = new ArrayList<>();
        read(fileName, (number, text) -> rows.add(text.strip().split("\t")));
        return rows;
    }

    /** The first column of every entry. */
    public static List<String> words(String fileName) {
        return rows(fileName).stream().map(row -> row[0]).toList();
    }

    /** First column → second column (empty string when the row has one column). */
    public static Map<String, String> pairs(String fileName) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String[] row : rows(fileName)) {
            map.put(row[0], row.length > 1 ? row[1] : "");
        }
        return map;
    }

    /**
     * Every entry split into exactly {@code columns} tab-separated columns, each stripped (trailing empty columns
     * count); a line with another number of columns fails naming the resource and the line.
     */
    public static List<Line> lines(String fileName, int columns) {
        List<Line> lines = new ArrayList<>();
        read(fileName, (number, text) -> {
            String[] parts = text.split("\t", -1);
            if (parts.length != columns) {
                throw new IllegalStateException(FOLDER + fileName + " line " + number + ": expected " + columns
                        + " tab-separated columns, found " + parts.length + ": " + text);
            }
            for (int i = 0; i < parts.length; i++) {
                parts[i] = parts[i].strip();
            }
            lines.add(new Line(number, parts));
        });
        return lines;
    }

    /** Fails naming the resource and the line: for callers that find an entry they cannot use. */
    public static IllegalStateException badEntry(String fileName, int number, String problem) {
        return new IllegalStateException(FOLDER + fileName + " line " + number + ": " + problem);
    }

    private interface EntryHandler {
        void accept(int number, String text);
    }

    private static void read(String fileName, EntryHandler handler) {
        String path = FOLDER + fileName;
        try (InputStream raw = Lexicon.class.getResourceAsStream(path)) {
            if (raw == null) {
                throw new IllegalStateException("lexicon not found on the classpath: " + path);
            }
            InputStream in = fileName.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            int number = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                number++;
                if (number == 1 && !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
                    text = text.substring(1);
                }
                String entry = text.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    handler.accept(number, text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + path, e);
        }
    }
}
