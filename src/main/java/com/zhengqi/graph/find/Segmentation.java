package com.zhengqi.graph.find;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * HanLP's segmentation of one article (person names on, place and organisation recognition off: the
 * lexicons do that better and faster), indexed so that the word at or around any character is found at once.
 */
public final class Segmentation {

    private static final Segment SEGMENT = HanLP.newSegment().enableNameRecognize(true).enableOffset(true);

    private final List<Token> tokens;
    private final int[] tokenAt;

    private Segmentation(String text, List<Token> tokens) {
        this.tokens = tokens;
        this.tokenAt = new int[text.length() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            for (int c = token.start(); c < token.end(); c++) {
                tokenAt[c] = i;
            }
        }
        tokenAt[text.length()] = tokens.size();
    }

    /** The last text segmented on this thread: the region finder and the mention finder share one segmentation. */
    private static final ThreadLocal<Segmentation> LAST = new ThreadLocal<>();

    private String source;

    public static Segmentation of(String text) {
        Segmentation last = LAST.get();
        if (last != null && last.source == text) {
            return last;
        }
        Segmentation fresh = segment(text);
        fresh.source = text;
        LAST.set(fresh);
        return fresh;
    }

    private static Segmentation segment(String text) {
        List<Token> tokens = new ArrayList<>();
        int position = 0;
        // HanLP works line by line well; feeding lines keeps its lattice small and its offsets simple.
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                for (Term term : SEGMENT.seg(line)) {
                    int start = position + term.offset;
                    tokens.add(new Token(term.word, term.nature == null ? "x" : term.nature.toString(), start, start + term.word.length()));
                }
            }
            position += line.length() + 1;
        }
        fillGaps(text, tokens);
        return new Segmentation(text, tokens);
    }

    /** Characters HanLP dropped (spaces, line breaks) become one-character punctuation tokens, so every offset has a token. */
    private static void fillGaps(String text, List<Token> tokens) {
        List<Token> all = new ArrayList<>(tokens.size() + 16);
        int expected = 0;
        for (Token token : tokens) {
            for (int c = expected; c < token.start(); c++) {
                all.add(new Token(String.valueOf(text.charAt(c)), "w", c, c + 1));
            }
            all.add(token);
            expected = token.end();
        }
        for (int c = expected; c < text.length(); c++) {
            all.add(new Token(String.valueOf(text.charAt(c)), "w", c, c + 1));
        }
        tokens.clear();
        tokens.addAll(all);
    }

    public List<Token> tokens() {
        return tokens;
    }

    /** Index of the token covering character {@code offset} ({@code size()} at the end of the text). */
    public int indexAt(int offset) {
        return tokenAt[offset];
    }

    public Token tokenAt(int offset) {
        int index = tokenAt[offset];
        return index < tokens.size() ? tokens.get(index) : null;
    }

    /** True when a word starts (or the text ends) at {@code offset}. */
    public boolean isBoundary(int offset) {
        if (offset <= 0 || offset >= tokenAt.length - 1) {
            return true;
        }
        return tokens.get(tokenAt[offset]).start() == offset;
    }
}
