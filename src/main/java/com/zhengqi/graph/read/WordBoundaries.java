package com.zhengqi.graph.read;

import com.zhengqi.graph.lexicon.Chars;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Asks HanLP's dictionary segmenter whether a gap in Chinese text falls inside a word. PDF text
 * breaks lines and inserts spaces at arbitrary characters ("县\n\n级干部", "招 商"); a gap that splits
 * a word ("县级") is an artefact, a gap between words may be a real boundary (a headline followed by
 * its first paragraph). Only a few characters on each side are segmented, so the cost does not grow
 * with the page. Thread-safe: the segmenter keeps no state between calls.
 */
final class WordBoundaries {

    /** Characters taken from each side of a gap: enough for a four-character word across it. */
    static final int CONTEXT = 4;

    private final Segment segment = HanLP.newSegment().enableOffset(true);

    /** Whether joining {@code left} and {@code right} directly makes a word that spans the join. */
    boolean splitsWord(CharSequence left, String right) {
        if (left.isEmpty() || right.isEmpty() || !Chars.isHan(left.charAt(left.length() - 1)) || !Chars.isHan(right.charAt(0))) {
            return false;
        }
        String before = hanTail(left);
        String after = hanHead(right);
        int gap = before.length();
        for (Term term : segment.seg(before + after)) {
            if (term.offset < gap && term.offset + term.length() > gap) {
                return true;
            }
        }
        return false;
    }

    private static String hanTail(CharSequence text) {
        int from = text.length();
        while (from > 0 && text.length() - from < CONTEXT && Chars.isHan(text.charAt(from - 1))) {
            from--;
        }
        return text.subSequence(from, text.length()).toString();
    }

    private static String hanHead(String text) {
        int to = 0;
        while (to < text.length() && to < CONTEXT && Chars.isHan(text.charAt(to))) {
            to++;
        }
        return text.substring(0, to);
    }
}
