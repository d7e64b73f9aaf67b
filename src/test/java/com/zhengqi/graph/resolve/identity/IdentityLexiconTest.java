package com.zhengqi.graph.resolve.identity;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The identity word lists: a source and licence line each, every entry once, and they load. */
class IdentityLexiconTest {

    @Test
    void everyListNamesItsSourceAndLicenceAndListsEachEntryOnce() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("src/main/resources/lexicon/identity"))) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).hasSize(6);
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines).as(file + " names its source and licence on one line")
                    .anyMatch(l -> l.startsWith("#") && l.contains("Source") && l.contains("licence"));
            Set<String> seen = new HashSet<>();
            for (String line : lines) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    assertThat(seen.add(line.split("\t")[0])).as(file + " repeats " + line).isTrue();
                }
            }
        }
    }

    @Test
    void theListsLoadLongestEntriesFirst() {
        IdentityLexicon lexicon = IdentityLexicon.load();
        assertThat(lexicon.companyForms().getFirst().getKey().length())
                .isGreaterThanOrEqualTo(lexicon.companyForms().getLast().getKey().length());
        assertThat(lexicon.industryWords().indexOf("电子商务")).isLessThan(lexicon.industryWords().indexOf("电子"));
        assertThat(lexicon.regionLevelCharacters()).containsEntry('区', "COUNTY").containsEntry('镇', "TOWN");
        assertThat(lexicon.governmentShortForms()).contains(Map.entry("医保局", "医疗保障局"));
    }
}
