package com.zhengqi.graph.find;

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
 * One lexicon file under {@code src/main/resources/lexicon/}: UTF-8, one entry a line, {@code #} comments,
 * optional tab-separated columns after the entry.
 */
public final class Lexicon {

    private static final String FOLDER = "/lexicon/";

    private Lexicon() {
    }

    /** Every entry line split on tabs, in file order; a missing file is an error naming it. */
    public static List<String[]> rows(String fileName) {
        String path = FOLDER + fileName;
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("lexicon not found on the classpath: " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    rows.add(entry.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + path, e);
        }
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
}
