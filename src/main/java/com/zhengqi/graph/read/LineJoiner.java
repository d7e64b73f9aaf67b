package com.zhengqi.graph.read;

import com.zhengqi.graph.lexicon.Chars;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Joins the text lines of a page into paragraphs. PDF-extracted newspaper text breaks lines (often
 * with a blank line) wherever the column ended, also inside words: "县\n\n级干部". A line is joined to
 * the next when the break is inside a sentence:
 * <ul>
 *   <li>never across a hard break (two or more blank lines), nor into a line that is not text, opens
 *       a dateline or a subtitle ("——…"), or after a line that ends a sentence;</li>
 *   <li>always when the next line starts with a mark that cannot open a paragraph, when the line ends
 *       inside a clause (on ，、； or an open quote) or on a particle or preposition no sentence ends
 *       with ("开展了\n\n…", {@code lexicon/unfinished-endings.txt}), between a number and its unit
 *       ("40\n\n余个"), or when the break splits a word ("副\n\n局长");</li>
 *   <li>otherwise a short line (a headline, but not a paragraph opened by a dateline) stays apart, and a long unfinished line is joined unless
 *       what follows is a run of headlines (the next article's).</li>
 * </ul>
 */
final class LineJoiner {

    /** Longest line that may be a headline; longer unfinished lines are paragraph fragments. */
    static final int LONGEST_HEADING = 40;
    /** A kicker ending with "——" may be longer. */
    static final int LONGEST_KICKER = 80;
    /** "会上，", "据了解，": a clause this short before the first comma opens a sentence, not a headline. */
    private static final int LONGEST_OPENING_ADVERBIAL = 3;

    private final WordBoundaries words;
    private final String unfinishedEndings;

    /** {@code unfinishedEndings}: characters no headline or sentence ends with (的, 了, 和 …). */
    LineJoiner(WordBoundaries words, Collection<String> unfinishedEndings) {
        this.words = words;
        this.unfinishedEndings = String.join("", unfinishedEndings);
    }

    /** Text lines joined into paragraphs; every other line passes through as it is. */
    List<JoinedLine> join(List<PageLine> lines) {
        List<JoinedLine> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            PageLine first = lines.get(i);
            StringBuilder text = new StringBuilder(first.text());
            int next = i + 1;
            boolean body = first.opensWithDateline();
            while (first.kind() == PageLine.Kind.TEXT && next < lines.size()
                    && continues(text, body, lines.get(next), next + 1 < lines.size() ? lines.get(next + 1) : null)) {
                appendJoined(text, lines.get(next).text());
                next++;
            }
            out.add(new JoinedLine(first, text.toString()));
            i = next;
        }
        return out;
    }

    /** A paragraph made of one or more lines; {@code first} tells its kind and what stood before it. */
    record JoinedLine(PageLine first, String text) {
    }

    /** Whether {@code next} continues the paragraph {@code line}; {@code body} when the paragraph opened with a dateline. */
    private boolean continues(CharSequence line, boolean body, PageLine next, PageLine afterNext) {
        String following = next.text();
        if (next.kind() != PageLine.Kind.TEXT || next.afterHardBreak() || Chars.endsSentence(line) || Chars.endsWithBracketsAfterSentence(line)
                || following.startsWith("——") || next.opensWithDateline()) {
            return false;
        }
        if (Chars.cannotStartParagraph(following) || Chars.endsInsideClause(line) || numberGoesOn(line, following)
                || unfinishedEndings.indexOf(line.charAt(line.length() - 1)) >= 0 || words.splitsWord(line, following)) {
            return true;
        }
        if (!body && looksLikeHeading(line)) {
            return false;
        }
        return !(looksLikeHeading(following) && (afterNext == null || afterNext.kind() != PageLine.Kind.TEXT
                || looksLikeHeading(afterNext.text()) || afterNext.opensWithDateline()));
    }

    /** A number is followed by its unit: "40\n\n余个", "12\n\n亿元". */
    private static boolean numberGoesOn(CharSequence line, String following) {
        return Character.isDigit(line.charAt(line.length() - 1)) && (Chars.isHan(following.charAt(0)) || following.charAt(0) == '%');
    }

    /**
     * Short, unfinished, and not stopped inside a clause: how headlines, kickers and subheadings look.
     * A line opening with a short adverbial and a comma ("会上，…", "近日，…") starts a sentence instead.
     */
    static boolean looksLikeHeading(CharSequence text) {
        if (text.length() > LONGEST_KICKER || Chars.endsSentence(text) || Chars.endsInsideClause(text)
                || text.toString().indexOf(Chars.FULL_STOP) >= 0) {
            return false;
        }
        int comma = text.toString().indexOf(Chars.COMMA);
        if (comma >= 0 && comma <= LONGEST_OPENING_ADVERBIAL && !text.toString().endsWith("——")) {
            return false;
        }
        int limit = text.toString().endsWith("——") ? LONGEST_KICKER : LONGEST_HEADING;
        return text.length() <= limit;
    }

    /** Joined without a space, except between two Latin words or numbers. */
    private static void appendJoined(StringBuilder text, String next) {
        char last = text.charAt(text.length() - 1);
        if (Chars.isLatinOrDigit(last) && Chars.isLatinOrDigit(next.charAt(0)) && Character.isLetter(last) && Character.isLetter(next.charAt(0))) {
            text.append(' ');
        }
        text.append(next);
    }
}
