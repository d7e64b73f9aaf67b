package com.zhengqi.graph.read;

import com.zhengqi.graph.lexicon.CharSet;
import com.zhengqi.graph.lexicon.Chars;
import com.zhengqi.graph.lexicon.Lexicon;
import com.zhengqi.graph.lexicon.Terms;

/**
 * Character-level normalisation of raw page text, the first step of reading. Every later stage and
 * every text offset works on its output, so each mark has exactly one form:
 * <ul>
 *   <li>line breaks are {@code \n}; control, format (zero-width, BOM, bidi) and unpaired surrogate
 *       characters are dropped; every kind of space (ideographic, no-break, thin) is a plain space,
 *       runs of spaces are one, and lines carry no leading or trailing space;</li>
 *   <li>full-width digits, Latin letters and ASCII symbols are half-width ({@code １２０亿} → {@code 120亿},
 *       {@code （} → {@code (}, {@code ％} → {@code %});</li>
 *   <li>the Chinese comma, colon, semicolon, question and exclamation marks are full-width
 *       ({@code ，：；？！}) wherever they touch Chinese, whichever width the source used; between two
 *       digits {@code ,} and {@code :} stay ASCII ({@code 2,000}, {@code 12:30});</li>
 *   <li>{@code 。、“”‘’《》—…} are kept as they are; dot variants ({@code •・‧}) become {@code ·};</li>
 *   <li>a space next to Chinese punctuation (but not a quotation mark) or a bracket is dropped.</li>
 * </ul>
 * Spaces between two Han characters are kept here (bylines need them to separate names); the
 * paragraph stage removes the stray ones. The result is idempotent: cleaning it again changes nothing.
 */
final class TextCleaner {

    private static final Terms RULES = Terms.load("rules/read.txt");
    /** Full-width marks that stay full-width: the Chinese forms of ,:;?! */
    private static final CharSet KEEP_FULL_WIDTH = RULES.chars("keep-full-width");
    /** ASCII marks that take their Chinese form when they touch Chinese text, each followed by that form. */
    private static final String ASCII_TO_CHINESE = RULES.word("ascii-to-chinese");
    /** Spaces of every width, which become one ASCII space. */
    private static final CharSet SPACE_VARIANTS = RULES.chars("space-variants");
    /** Character → its one normal form, 0 where a character stays as it is. */
    private static final char[] NORMAL_FORMS = normalForms();

    /** Normalises characters and spaces as described on the class; never returns null. */
    public String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String mapped = mapCharacters(raw);
        String chinese = chinesePunctuation(mapped);
        return tidySpaces(chinese);
    }

    private static String mapCharacters(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, raw.charAt(i + 1));
                if (keepSupplementary(cp)) {
                    out.appendCodePoint(cp);
                }
                i += 2;
                continue;
            }
            if (c == '\r') {
                out.append('\n');
                i += i + 1 < raw.length() && raw.charAt(i + 1) == '\n' ? 2 : 1;
                continue;
            }
            char mapped = map(c);
            if (mapped != 0) {
                out.append(mapped);
            }
            i++;
        }
        return out.toString();
    }

    private static boolean keepSupplementary(int cp) {
        int type = Character.getType(cp);
        return type != Character.FORMAT && type != Character.UNASSIGNED && (cp & 0xFFFE) != 0xFFFE;
    }

    /** The one form of a BMP character, or 0 to drop it. */
    private static char map(char c) {
        if (c == '\n') {
            return '\n';
        }
        if (c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B' || c == '\u000C') {
            return '\n';
        }
        if (SPACE_VARIANTS.contains(c)) {
            return ' ';
        }
        if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            return 0;
        }
        int type = Character.getType(c);
        if (type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED) {
            return 0;
        }
        if (Chars.isFullWidthAscii(c)) {
            return KEEP_FULL_WIDTH.contains(c) ? c : Chars.halfWidth(c);
        }
        char normal = NORMAL_FORMS[c];
        return normal != 0 ? normal : c;
    }

    private static char[] normalForms() {
        char[] forms = new char[Character.MAX_VALUE + 1];
        for (Lexicon.Line line : Lexicon.lines("rules/char-normal-forms.txt", 2)) {
            String from = Terms.decode(line.columns()[0]);
            String to = Terms.decode(line.columns()[1]);
            if (from.length() != 1 || to.length() != 1) {
                throw Lexicon.badEntry("rules/char-normal-forms.txt", line.number(), "expected one character in each column");
            }
            forms[from.charAt(0)] = to.charAt(0);
        }
        return forms;
    }

    /** ASCII ,:;?! take their Chinese form when the nearest non-space neighbour on either side is Chinese. */
    private static String chinesePunctuation(String text) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < out.length(); i++) {
            int k = ASCII_TO_CHINESE.indexOf(out.charAt(i));
            if (k < 0 || k % 2 != 0) {
                continue;
            }
            char before = neighbour(out, i, -1);
            char after = neighbour(out, i, +1);
            boolean betweenDigits = Character.isDigit(before) && Character.isDigit(after);
            if (!betweenDigits && (Chars.isChinese(before) || Chars.isChinese(after))) {
                out.setCharAt(i, ASCII_TO_CHINESE.charAt(k + 1));
            }
        }
        return out.toString();
    }

    private static char neighbour(CharSequence text, int at, int step) {
        for (int j = at + step; j >= 0 && j < text.length(); j += step) {
            char c = text.charAt(j);
            if (c == '\n') {
                return 0;
            }
            if (c != ' ') {
                return c;
            }
        }
        return 0;
    }

    /** One space at most, none at line ends, none beside Chinese punctuation or brackets. */
    private static String tidySpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                appendTidyLine(out, text, lineStart, i);
                if (i < text.length()) {
                    out.append('\n');
                }
                lineStart = i + 1;
            }
        }
        return out.toString();
    }

    private static void appendTidyLine(StringBuilder out, String text, int from, int to) {
        int lineStart = out.length();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ') {
                out.append(c);
                continue;
            }
            boolean atStart = out.length() == lineStart;
            char previous = atStart ? 0 : out.charAt(out.length() - 1);
            char next = neighbourInLine(text, i, to);
            if (!atStart && previous != ' ' && next != 0 && !spaceIsNoise(previous, next)) {
                out.append(' ');
            }
        }
    }

    /**
     * A space beside Chinese punctuation, or between a bracket and Chinese, separates nothing. Beside
     * quotation marks it may separate the halves of a headline ("民生添“温度” 服务暖寒冬"): the
     * paragraph stage decides.
     */
    private static boolean spaceIsNoise(char before, char after) {
        if (Chars.isCjkPunctuation(before) && !Chars.isQuote(before) || Chars.isCjkPunctuation(after) && !Chars.isQuote(after)) {
            return true;
        }
        boolean bracketBefore = before == '(' || before == ')';
        boolean bracketAfter = after == '(' || after == ')';
        return bracketBefore && Chars.isChinese(after) || bracketAfter && Chars.isChinese(before);
    }

    private static char neighbourInLine(String text, int at, int lineEnd) {
        for (int j = at + 1; j < lineEnd; j++) {
            if (text.charAt(j) != ' ') {
                return text.charAt(j);
            }
        }
        return 0;
    }
}
