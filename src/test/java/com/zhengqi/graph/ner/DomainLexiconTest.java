package com.zhengqi.graph.ner;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The lists' format is checked for every lexicon by find/LexiconFilesTest; this checks the matching. */
class DomainLexiconTest {

    @Test
    void findsEveryListWordInAText() {
        List<DomainLexicon.Match> matches = new DomainLexicon().find("市公安局局长");

        assertThat(matches).contains(new DomainLexicon.Match("G", 1, 4), new DomainLexicon.Match("T", 4, 6));
    }

    @Test
    void everyListHasEntries() {
        DomainLexicon lexicon = new DomainLexicon();

        assertThat(lexicon.find("董事长")).extracting(DomainLexicon.Match::category).contains("T");
        assertThat(lexicon.find("有限公司")).extracting(DomainLexicon.Match::category).contains("C");
        assertThat(lexicon.find("人民政府")).extracting(DomainLexicon.Match::category).contains("G");
        assertThat(lexicon.find("研究所")).extracting(DomainLexicon.Match::category).contains("O");
    }
}
