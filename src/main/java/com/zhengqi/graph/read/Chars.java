package com.zhengqi.graph.read;

/**
 * Character classes the reader decides by: Han characters, Chinese punctuation, and the marks that
 * end a sentence or a clause. All tests take text that {@link TextCleaner} has normalised, so each
 * mark has one form (for example the comma is always {@code ，} next to Chinese).
 */
final class Chars {

    /** Marks after which a sentence is over. */
    private static final String SENTENCE_END = "。！？!?…";
    /** Closing marks that may follow the end of a sentence: {@code 。”} still ends it. */
    private static final String CLOSERS = "”’」』》)】〕]\"'";
    /** Marks inside a sentence after which the sentence must go on. */
    private static final String CLAUSE_INNER = "，、；(“‘「『《【〔";
    /** Marks that cannot open a paragraph: a line starting with one continues the line before. */
    private static final String NO_PARAGRAPH_START = "，。、；：！？)”’」』》】〕…";
    /** Chinese punctuation, next to which a space is never meaningful. */
    private static final String CJK_PUNCTUATION = "，。、；：！？“”‘’「」『』《》【】〔〕…—·";

    private Chars() {
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    static boolean isCjkPunctuation(int codePoint) {
        return CJK_PUNCTUATION.indexOf(codePoint) >= 0;
    }

    static boolean isQuote(int codePoint) {
        return "“”‘’".indexOf(codePoint) >= 0;
    }

    static boolean isChinese(int codePoint) {
        return isHan(codePoint) || isCjkPunctuation(codePoint);
    }

    static boolean isLatinOrDigit(int codePoint) {
        return codePoint < 0x80 && Character.isLetterOrDigit(codePoint);
    }

    /** Whether the text ends a sentence, looking through closing quotes and brackets. */
    static boolean endsSentence(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && CLOSERS.indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && SENTENCE_END.indexOf(text.charAt(i)) >= 0;
    }

    /** Longest bracketed credit looked through at the end of a line. */
    private static final int LONGEST_CLOSING_BRACKETS = 40;

    /**
     * Whether the text ends with a bracketed part opened right after the end of a sentence ({@code …任务。(记者 某某)}):
     * a credit closing the paragraph, after which the paragraph is over.
     */
    static boolean endsWithBracketsAfterSentence(CharSequence text) {
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

    /** Whether the text stops on a mark that only stands inside a sentence (comma, enumeration comma, open quote). */
    static boolean endsInsideClause(CharSequence text) {
        return !text.isEmpty() && CLAUSE_INNER.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** Whether the text holds a mark that only stands inside a sentence: it is running text, cut or not. */
    static boolean hasClauseMark(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (CLAUSE_INNER.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    static boolean cannotStartParagraph(String text) {
        return !text.isEmpty() && NO_PARAGRAPH_START.indexOf(text.charAt(0)) >= 0;
    }

    static boolean isSentenceEnd(char c) {
        return SENTENCE_END.indexOf(c) >= 0;
    }

    /** Number of Han characters: the measure of how much a block says. */
    static int hanCount(CharSequence text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isHan(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
