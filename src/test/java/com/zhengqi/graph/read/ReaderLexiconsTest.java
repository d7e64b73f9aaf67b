package com.zhengqi.graph.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader's word lists load, with no entry padded by spaces (headers and duplicates are checked for
 * every lexicon by find/LexiconFilesTest).
 */
class ReaderLexiconsTest {

    @ParameterizedTest
    @ValueSource(strings = {"lexicon/section-labels.txt", "lexicon/byline-surnames.txt",
            "lexicon/media-suffixes.txt", "lexicon/unfinished-endings.txt"})
    void listsLoadWithUnpaddedEntries(String resource) {
        assertThat(LexiconFile.entries(resource)).isNotEmpty().allSatisfy(entry ->
                assertThat(entry).isEqualTo(entry.strip()).doesNotContain("\t"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lexicon/byline-roles.txt", "lexicon/page-labels.txt"})
    void twoColumnListsLoadWithUnpaddedEntries(String resource) {
        assertThat(LexiconFile.pairs(resource)).isNotEmpty().allSatisfy((key, value) -> {
            assertThat(key).isEqualTo(key.strip()).isNotEmpty();
            assertThat(value).isNotEmpty();
        });
    }

    @Test
    void everyRoleAndKindNamedInTheListsIsKnown() {
        assertThat(CreditParser.fromLexicons(PersonNames.fromLexicon())).isNotNull();
        assertThat(PageMetadataReader.fromLexicons(CreditParser.fromLexicons(PersonNames.fromLexicon()))).isNotNull();
    }
}
