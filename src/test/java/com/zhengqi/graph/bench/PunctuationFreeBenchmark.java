package com.zhengqi.graph.bench;

import com.zhengqi.graph.extract.NewsPageExtractor;
import com.zhengqi.graph.find.Sentences;
import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.model.FileGraph;
import com.zhengqi.graph.model.GraphRelationship;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Issue 16 item 3: text without sentence punctuation. The seed pages with every punctuation mark and line break
 * removed, repeated to 50k, 100k, 200k and 1M characters, each extracted once after a warm-up; prints time, time
 * per character, relationships and the longest evidence, and writes them to target/bench/punctuation-free.md.
 * Not a timed test: it asserts only that evidence stays within {@link Sentences#MAX_LENGTH}.
 * Run: {@code ./mvnw -B -q -Pbench test -Dtest=PunctuationFreeBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (lengths: {@code -Dbench.lengths=50000,100000}).
 */
class PunctuationFreeBenchmark {

    @Test
    void extractionTimeGrowsLinearlyAndEvidenceStaysBounded() throws IOException {
        String stripped = strippedSeeds();
        int[] lengths = Arrays.stream(System.getProperty("bench.lengths", "50000,100000,200000,1000000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        NewsPageExtractor extractor = new NewsPageExtractor();
        extractor.extract("warm-up.txt", repeat(stripped, 20_000));
        StringBuilder report = new StringBuilder("| characters | seconds | µs per character | relationships | longest evidence |\n|---|---|---|---|---|\n");
        for (int length : lengths) {
            String text = repeat(stripped, length);
            long started = System.nanoTime();
            FileGraph graph = extractor.extract("punctuation-free.txt", text);
            double seconds = (System.nanoTime() - started) / 1e9;
            List<GraphRelationship> relationships = graph.articles().stream().map(ArticleGraph::relationships).flatMap(List::stream).toList();
            int longest = relationships.stream().mapToInt(r -> r.properties().get("evidence").toString().length()).max().orElse(0);
            String row = String.format("| %,d | %.2f | %.1f | %,d | %d |%n", length, seconds, seconds * 1e6 / length, relationships.size(), longest);
            System.out.print(row);
            report.append(row);
            if (longest > Sentences.MAX_LENGTH) {
                throw new AssertionError("evidence of " + longest + " characters in a text of " + length);
            }
        }
        Path out = Path.of("target/bench/punctuation-free.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
    }

    /** The seed pages joined, without punctuation marks or white space. */
    private static String strippedSeeds() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                all.append(Files.readString(file, StandardCharsets.UTF_8).replaceAll("[\\p{P}\\p{S}\\s]", ""));
            }
        }
        return all.toString();
    }

    private static String repeat(String text, int length) {
        StringBuilder out = new StringBuilder(length);
        while (out.length() < length) {
            out.append(text, 0, Math.min(text.length(), length - out.length()));
        }
        return out.toString();
    }
}
