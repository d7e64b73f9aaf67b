package com.zhengqi.graph.read;

import com.zhengqi.graph.lexicon.Chars;

/**
 * Removes the spaces that PDF extraction leaves inside Chinese text. In a paragraph every space
 * between two Chinese characters, or between Chinese and a number, is an artefact ("投资 10亿元",
 * "招 商"). In a headline a space between words separates the two halves of the headline
 * ("招商引资结硕果 培育壮大新动能", "民生添“温度” 服务暖寒冬") and is kept; only a space inside a word goes.
 * Spaces next to Latin letters are kept ("LED 工业", "and").
 */
final class StraySpaces {

    private final WordBoundaries words;

    StraySpaces(WordBoundaries words) {
        this.words = words;
    }

    String inParagraph(String text) {
        return tidy(text, false);
    }

    String inHeading(String text) {
        return tidy(text, true);
    }

    private String tidy(String text, boolean heading) {
        if (text.indexOf(' ') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' || i == 0 || i == text.length() - 1) {
                out.append(c);
                continue;
            }
            char before = text.charAt(i - 1);
            char after = text.charAt(i + 1);
            if (!isStray(before, after, heading, out, text.substring(i + 1, Math.min(text.length(), i + 1 + WordBoundaries.CONTEXT)))) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private boolean isStray(char before, char after, boolean heading, CharSequence left, String right) {
        boolean chineseOrDigitBefore = Chars.isChinese(before) || Character.isDigit(before);
        boolean chineseOrDigitAfter = Chars.isChinese(after) || Character.isDigit(after);
        if (!chineseOrDigitBefore || !chineseOrDigitAfter || Character.isDigit(before) && Character.isDigit(after)) {
            return false;
        }
        if (!heading) {
            return true;
        }
        if (Chars.isHan(before) && Chars.isHan(after)) {
            return words.splitsWord(left, right);
        }
        return !Chars.isQuote(before) && !Chars.isQuote(after);
    }
}
