package com.zhengqi.graph.lexicon;

/**
 * The character classes and punctuation marks every stage decides by, read once from {@code lexicon/chars.txt}.
 * Tests take text that {@code read/TextCleaner} has normalised, so each mark has one form (the comma next to
 * Chinese is always the full-width one). Sets that serve one component only stay in that component's lexicon.
 */
public final class Chars {

    private static final Terms MARKS = Terms.load("chars.txt");

    public static final char COMMA = MARKS.character("comma");
    public static final char ENUMERATION_COMMA = MARKS.character("enumeration-comma");
    public static final char FULL_STOP = MARKS.character("full-stop");
    public static final char COLON = MARKS.character("colon");
    public static final char SEMICOLON = MARKS.character("semicolon");
    public static final char QUESTION_MARK = MARKS.character("question-mark");
    public static final char EXCLAMATION_MARK = MARKS.character("exclamation-mark");
    public static final char OPEN_PARENTHESIS = MARKS.character("open-parenthesis");
    public static final char CLOSE_PARENTHESIS = MARKS.character("close-parenthesis");
    public static final char OPEN_TITLE_MARK = MARKS.character("open-title-mark");
    public static final char CLOSE_TITLE_MARK = MARKS.character("close-title-mark");
    public static final char WAVE_DASH = MARKS.character("wave-dash");

    /** Where a sentence of evidence stops: a sentence end of either width or a line break. */
    public static final CharSet SENTENCE_OR_LINE_END = MARKS.chars("sentence-or-line-end");

    /** Clause and sentence stops, each the set one finder or reader was written with (see chars.txt). */
    public static final CharSet SENTENCE_OR_LINE_BREAK = MARKS.chars("sentence-or-line-break");
    public static final CharSet SENTENCE_SEMICOLON_OR_LINE_END = MARKS.chars("sentence-semicolon-or-line-end");
    public static final CharSet CLAUSE_OR_LINE_END = MARKS.chars("clause-or-line-end");
    public static final CharSet CLAUSE_COLON_OR_LINE_END = MARKS.chars("clause-colon-or-line-end");
    public static final CharSet CLAUSE_END = MARKS.chars("clause-end");

    private static final CharSet SENTENCE_END = MARKS.chars("sentence-end");
    private static final CharSet CLOSERS = MARKS.chars("closers");
    private static final CharSet CLAUSE_INNER = MARKS.chars("clause-inner");
    private static final CharSet NO_PARAGRAPH_START = MARKS.chars("no-paragraph-start");
    private static final CharSet CJK_PUNCTUATION = MARKS.chars("cjk-punctuation");
    private static final CharSet QUOTES = MARKS.chars("quotes");

    /** The basic block of CJK unified ideographs, the range most rules take as "a Chinese letter". */
    private static final int BASIC_IDEOGRAPHS_FIRST = 0x4E00;
    private static final int BASIC_IDEOGRAPHS_LAST = 0x9FFF;

    /** The full-width forms of ASCII ! to ~, and how far each lies from its ASCII form. */
    private static final char FULL_WIDTH_ASCII_FIRST = 0xFF01;
    private static final char FULL_WIDTH_ASCII_LAST = 0xFF5E;
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private Chars() {
    }

    /** Whether the character is the full-width form of an ASCII mark, letter or digit (！ to ～). */
    public static boolean isFullWidthAscii(char c) {
        return c >= FULL_WIDTH_ASCII_FIRST && c <= FULL_WIDTH_ASCII_LAST;
    }

    /** The ASCII form of a character for which {@link #isFullWidthAscii} holds. */
    public static char halfWidth(char c) {
        return (char) (c - FULL_WIDTH_OFFSET);
    }

    /** Whether the code point is of the Han script (every block, radicals and extensions included). */
    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /**
     * Whether the character is in the basic block of unified ideographs (U+4E00 to U+9FFF): narrower than
     * {@link #isHan}, the test the finders and readers of names were written with.
     */
    public static boolean isBasicIdeograph(int c) {
        return c >= BASIC_IDEOGRAPHS_FIRST && c <= BASIC_IDEOGRAPHS_LAST;
    }

    public static boolean isCjkPunctuation(int codePoint) {
        return CJK_PUNCTUATION.contains(codePoint);
    }

    public static boolean isQuote(int codePoint) {
        return QUOTES.contains(codePoint);
    }

    public static boolean isChinese(int codePoint) {
        return isHan(codePoint) || isCjkPunctuation(codePoint);
    }

    public static boolean isLatinOrDigit(int codePoint) {
        return codePoint < 0x80 && Character.isLetterOrDigit(codePoint);
    }

    /** Whether the text ends a sentence, looking through closing quotes and brackets. */
    public static boolean endsSentence(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && CLOSERS.contains(text.charAt(i))) {
            i--;
        }
        return i >= 0 && SENTENCE_END.contains(text.charAt(i));
    }

    /** Whether the text stops on a mark that only stands inside a sentence (comma, enumeration comma, open quote). */
    public static boolean endsInsideClause(CharSequence text) {
        return !text.isEmpty() && CLAUSE_INNER.contains(text.charAt(text.length() - 1));
    }

    /** Longest bracketed credit looked through at the end of a line. */
    private static final int LONGEST_CLOSING_BRACKETS = 40;

    /**
     * Whether the text ends with a bracketed part opened right after the end of a sentence ({@code …任务。(记者 某某)}):
     * a credit closing the paragraph, after which the paragraph is over.
     */
    public static boolean endsWithBracketsAfterSentence(CharSequence text) {
        int last = text.length() - 1;
        if (last < 2 || text.charAt(last) != ')') {
            return false;
        }
        for (int i = last - 1; i > 0 && last - i <= LONGEST_CLOSING_BRACKETS; i--) {
            if (text.charAt(i) == '(') {
                return isSentenceEnd(text.charAt(i - 1));
            }
        }
        return false;
    }

    /** Whether the text holds a mark that only stands inside a sentence: it is running text, cut or not. */
    public static boolean hasClauseMark(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (CLAUSE_INNER.contains(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public static boolean cannotStartParagraph(String text) {
        return !text.isEmpty() && NO_PARAGRAPH_START.contains(text.charAt(0));
    }

    public static boolean isSentenceEnd(char c) {
        return SENTENCE_END.contains(c);
    }

    /** Number of Han characters: the measure of how much a block says. */
    public static int hanCount(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isHan(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
