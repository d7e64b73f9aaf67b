package com.zhengqi.graph.find;

import com.zhengqi.graph.lexicon.Chars;

import java.util.ArrayList;
import java.util.List;

/** The sentences of an article: spans ending at 。！？；!? or a line break, used as evidence. */
public final class Sentences {

    /** A sentence {@code [start, end)} in the article text. */
    public record Sentence(int index, int start, int end) {

        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    private final List<Sentence> list;
    private final int[] sentenceAt;
    private final String text;

    public Sentences(String text) {
        this.text = text;
        this.list = new ArrayList<>();
        this.sentenceAt = new int[text.length() + 1];
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || isTerminator(text.charAt(i));
            if (end) {
                int stop = i < text.length() && text.charAt(i) != '\n' ? i + 1 : i;
                // a closing quote after the full stop still belongs to the sentence
                while (stop < text.length() && (text.charAt(stop) == '”' || text.charAt(stop) == '"')) {
                    stop++;
                }
                if (stop > start) {
                    addTrimmed(start, stop);
                }
                for (int c = start; c < Math.min(stop + 1, sentenceAt.length); c++) {
                    sentenceAt[c] = Math.max(0, list.size() - 1);
                }
                start = stop;
                i = Math.max(i, stop - 1);
            }
        }
    }

    private void addTrimmed(int start, int stop) {
        int from = start;
        int to = stop;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            list.add(new Sentence(list.size(), from, to));
        }
    }

    private static boolean isTerminator(char c) {
        return c == Chars.FULL_STOP || c == Chars.EXCLAMATION_MARK || c == Chars.QUESTION_MARK || c == '!' || c == '?' || c == Chars.SEMICOLON || c == ';' || c == '\n';
    }

    public List<Sentence> all() {
        return list;
    }

    /** The sentence holding {@code offset} (the nearest one before it when the offset falls between sentences). */
    public Sentence at(int offset) {
        if (list.isEmpty()) {
            return new Sentence(0, 0, text.length());
        }
        int index = sentenceAt[Math.max(0, Math.min(offset, sentenceAt.length - 1))];
        return list.get(Math.min(index, list.size() - 1));
    }

    public String textOf(Sentence sentence) {
        return text.substring(sentence.start(), sentence.end());
    }
}
