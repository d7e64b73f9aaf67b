package com.zhengqi.graph.read;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The reader's word lists: a header naming source and licence, one entry a line, no duplicates. */
class ReaderLexiconsTest {

    @ParameterizedTest
    @ValueSource(strings = {"lexicon/byline-roles.txt", "lexicon/section-labels.txt", "lexicon/byline-surnames.txt",
            "lexicon/page-labels.txt", "lexicon/media-suffixes.txt", "lexicon/unfinished-endings.txt"})
    void hasAHeaderAndNoDuplicateOrPaddedEntries(String resource) throws IOException {
        List<String> lines;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        List<String> header = lines.stream().takeWhile(l -> l.startsWith("#")).toList();
        assertThat(String.join("\n", header)).as(resource + " header").contains("Source").contains("Licence");
        Set<String> seen = new HashSet<>();
        for (String line : lines.subList(header.size(), lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String entry = line.split("\t", 2)[0];
            assertThat(entry).as(resource + ": padded entry '" + line + "'").isEqualTo(entry.strip()).isNotEmpty();
            assertThat(seen.add(entry)).as(resource + ": duplicate '" + entry + "'").isTrue();
        }
        assertThat(seen).as(resource + " entries").isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lexicon/byline-roles.txt", "lexicon/page-labels.txt"})
    void twoColumnListsLoadWithEveryValueKnown(String resource) {
        assertThat(LexiconFile.pairs(resource)).isNotEmpty();
        assertThat(CreditParser.fromLexicons(PersonNames.fromLexicon())).isNotNull();
        assertThat(PageMetadataReader.fromLexicons(CreditParser.fromLexicons(PersonNames.fromLexicon()))).isNotNull();
    }
}
