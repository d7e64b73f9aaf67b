package com.zhengqi.graph.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A folder of {@code export --format csv} files in a form two equal graphs share: per file its header and
 * its records sorted (relationships between the same two nodes come in the order they were created, which
 * says nothing about the graph). Records are split on line ends outside quotes, since article texts span lines.
 *
 * <p>The elements of {@code aliases} and {@code anchors} are sorted too: ingest itself writes them in an order that
 * changes from one JVM to the next ({@code ResolvedNode} keeps them in {@code Set.copyOf}, whose iteration order
 * is salted per JVM), so two ingests of the same files differ there. Every other list keeps its order.
 */
final class CanonicalCsv {

    private CanonicalCsv() {
    }

    /**
     * Asserts that two export folders hold the same files, headers and records, canonically; returns the
     * records of the articles (header first), for a test to check there is something in them.
     */
    static List<String> assertSameGraph(Path expectedFolder, Path actualFolder) throws IOException {
        Map<String, List<String>> expected = of(expectedFolder);
        Map<String, List<String>> actual = of(actualFolder);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((file, records) -> assertThat(actual.get(file)).as(file).containsExactlyElementsOf(records));
        assertThat(expected.keySet()).anyMatch(f -> f.contains("HOLDS_POSITION"));
        return expected.entrySet().stream().filter(e -> e.getKey().endsWith("-Article.csv")).findFirst().orElseThrow().getValue();
    }

    /** File name to header line and sorted records. */
    static Map<String, List<String>> of(Path folder) throws IOException {
        Map<String, List<String>> files = new TreeMap<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path file : listing.sorted().toList()) {
                List<String> records = records(Files.readString(file, StandardCharsets.UTF_8));
                if (file.getFileName().toString().endsWith(".csv") && !records.isEmpty()) {
                    List<String> header = fields(records.getFirst());
                    List<String> sorted = new ArrayList<>(records.subList(1, records.size()).stream().map(r -> unordered(header, r)).toList());
                    sorted.sort(null);
                    sorted.addFirst(records.getFirst());
                    records = sorted;
                }
                files.put(file.getFileName().toString(), records);
            }
        }
        return files;
    }

    private static final Set<String> SET_COLUMNS = Set.of("aliases:string[]", "anchors:string[]");

    private static String unordered(List<String> header, String record) {
        List<String> fields = fields(record);
        for (int i = 0; i < fields.size() && i < header.size(); i++) {
            String field = fields.get(i);
            if (SET_COLUMNS.contains(header.get(i)) && field.length() >= 2) {
                fields.set(i, '"' + String.join(";", new TreeSet<>(List.of(field.substring(1, field.length() - 1).split(";")))) + '"');
            }
        }
        return String.join(",", fields);
    }

    /** The fields of one record as written, quotes kept. */
    static List<String> fields(String record) {
        return split(record, ',');
    }

    static List<String> records(String text) {
        List<String> records = split(text, '\n');
        if (!records.isEmpty() && records.getLast().isEmpty()) {
            records.removeLast();
        }
        return records;
    }

    /** {@code text} cut at every {@code separator} outside quotes (a doubled quote inside quotes toggles twice). */
    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
