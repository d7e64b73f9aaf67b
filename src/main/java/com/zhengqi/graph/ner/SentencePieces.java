package com.zhengqi.graph.ner;

import com.zhengqi.graph.lexicon.Chars;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a long text into pieces the tagger handles well, sentence-sized like its training data:
 * after sentence-ending punctuation and line breaks, and, inside a run-on sentence, after a comma
 * once the piece is long, and anywhere (but inside a surrogate pair) once it reaches
 * {@link #LONGEST}. A text of up to {@link #LONG} characters stays whole. Pieces are
 * {@code [start, end)} pairs that cover the text without gaps.
 */
final class SentencePieces {

    /** About twice CLUENER's longest sentences; beyond it a comma also ends a piece. */
    static final int LONG = 100;
    /** A piece with no punctuation at all is cut here anyway, to bound the search's memory. */
    static final int LONGEST = 1000;

    private SentencePieces() {
    }

    static List<int[]> split(String text) {
        List<int[]> pieces = new ArrayList<>();
        if (text.length() <= LONG) {
            if (!text.isEmpty()) {
                pieces.add(new int[]{0, text.length()});
            }
            return pieces;
        }
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == Chars.FULL_STOP || c == Chars.EXCLAMATION_MARK || c == Chars.QUESTION_MARK || c == Chars.SEMICOLON || c == '\n' || c == '\r'
                    || (i - start >= LONG && (c == Chars.COMMA || c == ',' || c == Chars.ENUMERATION_COMMA || c == ' '))
                    || (i + 1 - start >= LONGEST && !Character.isHighSurrogate(c));
            if (end && i + 1 < text.length()) {
                pieces.add(new int[]{start, i + 1});
                start = i + 1;
            }
        }
        if (start < text.length()) {
            pieces.add(new int[]{start, text.length()});
        }
        return pieces;
    }
}
