package com.zhengqi.graph.read;

import com.zhengqi.graph.find.PersonNames;
import com.zhengqi.graph.lexicon.Lexicon;
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
    @ValueSource(strings = {"section-labels.txt", "byline-surnames.txt", "media-suffixes.txt", "unfinished-endings.txt"})
    void listsLoadWithUnpaddedEntries(String fileName) {
        assertThat(Lexicon.lines(fileName, 1)).isNotEmpty().allSatisfy(line ->
                assertThat(line.columns()[0]).isNotEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"byline-roles.txt", "page-labels.txt"})
    void twoColumnListsLoadWithUnpaddedEntries(String fileName) {
        assertThat(Lexicon.lines(fileName, 2)).isNotEmpty().allSatisfy(line -> {
            assertThat(line.columns()[0]).isNotEmpty();
            assertThat(line.columns()[1]).isNotEmpty();
        });
    }

    @Test
    void everyRoleAndKindNamedInTheListsIsKnown() {
        assertThat(CreditParser.fromLexicons(new PersonNames())).isNotNull();
        assertThat(PageMetadataReader.fromLexicons(CreditParser.fromLexicons(new PersonNames()))).isNotNull();
    }
}
