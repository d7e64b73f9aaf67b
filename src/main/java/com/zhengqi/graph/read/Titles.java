package com.zhengqi.graph.read;

import com.zhengqi.graph.lexicon.Chars;
import java.util.List;

/**
 * Makes an article's title from the headings printed above it. Chinese papers stack a kicker (引题),
 * the main headline (主题) and a subtitle (副题, starting with "——") above the byline. The main headline
 * is the last heading, or the one before a subtitle; a kicker that names the place or unit
 * ("北关区：", "柏庄镇") is put in front of it, a subtitle after it. Longer kickers and column names stay
 * in the article text but not in the title. Without headings the title is the first sentence.
 */
final class Titles {

    /** A kicker this short without punctuation names a place or unit (柏庄镇, 区医保局). */
    private static final int LONGEST_NAME_KICKER = 8;
    /** A kicker ending with a colon ("惠济区：") may be this long. */
    private static final int LONGEST_COLON_KICKER = 12;
    /** A title made from the first sentence gets at least this many characters before it may stop at a comma. */
    private static final int SHORTEST_SENTENCE_TITLE = 12;
    private static final int LONGEST_SENTENCE_TITLE = 60;

    private Titles() {
    }

    static String title(List<String> headings, List<String> body) {
        if (headings.isEmpty()) {
            return body.isEmpty() ? "" : firstSentence(body.getFirst());
        }
        int main = headings.size() - 1;
        String subtitle = "";
        if (main > 0 && headings.get(main).startsWith("——")) {
            subtitle = headings.get(main);
            main--;
        }
        String title = headings.get(main);
        if (main > 0 && isNamingKicker(headings.get(main - 1))) {
            String kicker = headings.get(main - 1);
            title = endsWithColon(kicker) ? kicker + title : kicker + " " + title;
        }
        return title + subtitle;
    }

    private static boolean endsWithColon(String kicker) {
        return !kicker.isEmpty() && kicker.charAt(kicker.length() - 1) == Chars.COLON;
    }

    private static boolean isNamingKicker(String kicker) {
        if (endsWithColon(kicker)) {
            return kicker.length() <= LONGEST_COLON_KICKER;
        }
        return kicker.length() <= LONGEST_NAME_KICKER && Chars.hanCount(kicker) == kicker.length();
    }

    /** The first sentence; a long one is cut at the first clause boundary after a dozen characters. */
    static String firstSentence(String paragraph) {
        int end = paragraph.length();
        int quoteDepth = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            quoteDepth += c == '“' ? 1 : c == '”' ? -1 : 0;
            if (Chars.isSentenceEnd(c)) {
                end = i + 1;
                break;
            }
            if (quoteDepth <= 0 && i >= SHORTEST_SENTENCE_TITLE && (c == Chars.COMMA || c == Chars.SEMICOLON)) {
                end = i;
                break;
            }
        }
        return paragraph.substring(0, Math.min(end, LONGEST_SENTENCE_TITLE)).strip();
    }
}
