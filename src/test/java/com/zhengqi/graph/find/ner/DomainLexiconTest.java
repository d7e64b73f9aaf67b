package com.zhengqi.graph.find.ner;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DomainLexiconTest {

    private static final List<String> FILES = List.of("/lexicon/ner-position-titles.txt", "/lexicon/ner-company-suffixes.txt",
            "/lexicon/ner-government-words.txt", "/lexicon/ner-organization-suffixes.txt");

    @Test
    void listFilesNameTheirSourceAndLicenceAndHoldNoDuplicates() throws Exception {
        for (String file : FILES) {
            String content;
            try (InputStream in = DomainLexicon.class.getResourceAsStream(file)) {
                assertThat(in).as(file).isNotNull();
                content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            List<String> lines = content.lines().toList();
            String header = String.join("\n", lines.stream().takeWhile(l -> l.startsWith("#")).toList());
            assertThat(header).as(file).contains("Source:").contains("Licence:");
            Set<String> seen = new HashSet<>();
            for (String line : lines.stream().dropWhile(l -> l.startsWith("#")).toList()) {
                assertThat(line).as(file).isNotBlank().isEqualTo(line.strip());
                assertThat(seen.add(line)).as(file + " repeats " + line).isTrue();
            }
            assertThat(seen).as(file).hasSizeGreaterThan(10);
        }
    }

    @Test
    void findsEveryListWordInAText() {
        List<DomainLexicon.Match> matches = new DomainLexicon().find("市公安局局长");

        assertThat(matches).contains(new DomainLexicon.Match("G", 1, 4), new DomainLexicon.Match("T", 4, 6));
    }
}
