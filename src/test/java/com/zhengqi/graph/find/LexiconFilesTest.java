package com.zhengqi.graph.find;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every lexicon file, in every folder, names its source and licence and lists each entry once. */
class LexiconFilesTest {

    private static final Set<String> KEYED_BY_PAIR = Set.of("company-contexts.txt", "company-visit-contexts.txt");

    @Test
    void everyLexiconHasASourceHeaderAndNoDuplicateEntries() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.walk(Path.of("src/main/resources/lexicon"))) {
            files = list.filter(p -> p.toString().endsWith(".txt")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines.stream().filter(l -> l.startsWith("#")).anyMatch(l -> l.contains("Source") && l.contains("licence")))
                    .as(file + " names its source and licence").isTrue();
            Set<String> seen = new HashSet<>();
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String key = KEYED_BY_PAIR.contains(file.getFileName().toString()) ? line : line.split("\t")[0];
                assertThat(seen.add(key)).as(file + " repeats " + key).isTrue();
            }
        }
    }
}
