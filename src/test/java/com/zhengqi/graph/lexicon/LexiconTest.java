package com.zhengqi.graph.lexicon;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexiconTest {

    @Test
    void dropsTheByteOrderMarkCommentsAndBlankLines() {
        assertThat(Lexicon.pairs("test/bom.txt")).containsExactly(
                java.util.Map.entry("first", "one"), java.util.Map.entry("second", "two"));
    }

    @Test
    void keepsTheLineNumberOfEveryEntry() {
        List<Lexicon.Line> lines = Lexicon.lines("test/bom.txt", 2);
        assertThat(lines).extracting(Lexicon.Line::number).containsExactly(3, 6);
        assertThat(lines.getFirst().columns()).containsExactly("first", "one");
    }

    @Test
    void aLineWithTheWrongColumnCountFailsNamingTheFileAndTheLine() {
        assertThatThrownBy(() -> Lexicon.lines("test/bad-columns.txt", 2))
                .hasMessageContaining("/lexicon/test/bad-columns.txt line 4")
                .hasMessageContaining("expected 2 tab-separated columns, found 1");
    }

    @Test
    void aMissingFileFailsNamingIt() {
        assertThatThrownBy(() -> Lexicon.words("test/absent.txt"))
                .hasMessageContaining("/lexicon/test/absent.txt");
    }

    @Test
    void readsGzippedFiles() {
        assertThat(Lexicon.words("test/zipped.txt.gz")).containsExactly("zipped");
    }

    @Test
    void namedEntriesGiveWordsCharactersAndSetsWithEscapesDecoded() {
        Terms terms = Terms.load("test/terms.txt");
        assertThat(terms.character("comma")).isEqualTo('，');
        assertThat(terms.word("spaces")).isEqualTo("\u3000\t");
        CharSet marks = terms.chars("marks");
        assertThat(marks.contains('。')).isTrue();
        assertThat(marks.contains('，')).isFalse();
    }

    @Test
    void anUnknownNameFailsNamingTheFile() {
        assertThatThrownBy(() -> Terms.load("test/terms.txt").word("absent"))
                .hasMessageContaining("lexicon/test/terms.txt has no entry named absent");
    }
}
