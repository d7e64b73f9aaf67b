package com.zhengqi.graph.find;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences end at sentence punctuation; a run without any is cut into bounded windows (issue 16 item 3). */
class SentencesTest {

    @Test
    void punctuatedSentencesStayWhole() {
        Sentences sentences = new Sentences("今天开会。明天签约！");

        assertThat(sentences.all()).extracting(Sentences.Sentence::start, Sentences.Sentence::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 5), org.assertj.core.groups.Tuple.tuple(5, 10));
    }

    @Test
    void aRunWithoutPunctuationIsCutIntoWindowsOfTheMaximumLength() {
        String text = "项".repeat(Sentences.MAX_LENGTH * 2 + 200);
        Sentences sentences = new Sentences(text);

        assertThat(sentences.all()).extracting(Sentences.Sentence::start, Sentences.Sentence::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, Sentences.MAX_LENGTH),
                org.assertj.core.groups.Tuple.tuple(Sentences.MAX_LENGTH, Sentences.MAX_LENGTH * 2),
                org.assertj.core.groups.Tuple.tuple(Sentences.MAX_LENGTH * 2, text.length()));
        assertThat(sentences.at(Sentences.MAX_LENGTH + 7).start()).isEqualTo(Sentences.MAX_LENGTH);
        assertThat(sentences.at(text.length() - 1).end()).isEqualTo(text.length());
    }
}
