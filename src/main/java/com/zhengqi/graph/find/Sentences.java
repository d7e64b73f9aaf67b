package com.zhengqi.graph.find;

import com.zhengqi.graph.lexicon.Chars;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of an article: spans ending at 。！？；!? or a line break, used as evidence. A run of more than
 * {@link #MAX_LENGTH} characters without such a mark (text stripped of its punctuation) is cut into windows of at
 * most that length, so evidence stays bounded and the readers' per-sentence work stays linear in the text.
 */
public final class Sentences {

    /** The longest sentence kept whole; the corpora's longest is under 300 characters. */
    public static final int MAX_LENGTH = 500;

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
                int first = list.size();
                if (stop > start) {
                    addTrimmed(start, stop);
                }
                int piece = Math.max(0, Math.min(first, list.size() - 1));
                for (int c = start; c < Math.min(stop + 1, sentenceAt.length); c++) {
                    while (piece + 1 < list.size() && list.get(piece + 1).start() <= c) {
                        piece++;
                    }
                    sentenceAt[c] = piece;
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
        for (int window = from; window < to; window += MAX_LENGTH) {
            list.add(new Sentence(list.size(), window, Math.min(to, window + MAX_LENGTH)));
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
