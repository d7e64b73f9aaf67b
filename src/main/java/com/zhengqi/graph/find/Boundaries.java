package com.zhengqi.graph.find;

import com.zhengqi.graph.lexicon.Chars;
import com.zhengqi.graph.lexicon.Terms;

import java.util.Set;

/** Where a name that ends at a known place starts: walking left over name-like words of the segmentation. */
final class Boundaries {

    private static final Terms RULES = Terms.load("rules/name-boundaries.txt");
    private static final String COUNTING_MEASURES = RULES.word("counting-measures");
    private static final String CHINESE_NUMERALS = RULES.word("chinese-numerals");
    private static final String LEVEL_CHARS = RULES.word("level-chars");
    private static final String COMPANY = RULES.word("company");
    private static final String CLOSE_PARENTHESIS = RULES.word("close-parenthesis");

    /** One-character words that never sit at the edge of a name (与 in 与优必选合作, 由 in 由A投资). */
    private static final Set<String> INTRODUCING_VERBS = Set.copyOf(Lexicon.words("visit-verbs.txt"));
    private static final Set<String> STOP_CHARS = Set.copyOf(Lexicon.words("name-stop-chars.txt"));
    private static final Set<String> LEFT_VERBS = Set.copyOf(Lexicon.words("name-left-verbs.txt"));
    /** Verbs that open company names (兴业银行, 建业集团): kept even at the left edge. */
    private static final Set<String> NAME_VERBS = Set.copyOf(Lexicon.words("company-name-verbs.txt"));

    private Boundaries() {
    }

    /**
     * The start of the name that ends at {@code end}: the leftmost offset reachable over name-like words,
     * at most {@code maxLength} characters away; {@code end} itself when the word before is no name part.
     * A bracketed part such as (山东) or （苏州） inside the name is taken along.
     */
    static int nameStart(String text, Segmentation words, int end, int maxLength) {
        return nameStart(text, words, end, maxLength, false);
    }

    /**
     * As {@link #nameStart(String, Segmentation, int, int)}; with {@code verbsInName} a two-character verb may be
     * part of the name (远航重工, 飞跃集团) unless it is one of the verbs that introduce names (会见, 拜访, 考察).
     */
    static int nameStart(String text, Segmentation words, int end, int maxLength, boolean verbsInName) {
        int index = end == 0 ? -1 : words.indexAt(end - 1);
        return walkLeft(text, words, end, index, end, maxLength, (token, start) -> isNamePart(token)
                || verbsInName && token.isLongVerb() && !INTRODUCING_VERBS.contains(token.word()) && !LEFT_VERBS.contains(token.word()));
    }

    /**
     * The start of a company's name that ends at {@code end} (where its ending, such as 有限公司 or 药业, starts).
     * Company names hold words of any kind (开发建设, 精越, 三精, 中成新), so the walk to the left stops only at
     * punctuation, function words, numbers and times, the verbs of {@code name-left-verbs.txt} that introduce a
     * name (前往, 邀请, 包括), and a word ending in 公司, which closes the name before (全资子公司|华谊兄弟…).
     * A qualifier in brackets (山东) right before the ending is taken along.
     */
    static int companyNameStart(String text, Segmentation words, int end, int maxLength) {
        int start = end;
        int index = end == 0 ? -1 : words.indexAt(end - 1);
        Token around = end == 0 ? null : words.tokens().get(index);
        Token before = around != null && index > 0 ? words.tokens().get(index - 1) : null;
        if (around != null && around.start() < end && around.end() >= end + 2 && before != null
                && (before.tag().startsWith("ns") || before.word().length() == 1 && LEVEL_CHARS.contains(before.word()))) {
            start = around.start(); // 省|电力公司: the ending is the tail of a word after a place, whose head is part of the name
            index--;
        }
        CompanyWords test = new CompanyWords(words, end);
        start = walkLeft(text, words, start, index, end, maxLength, test);
        // a verb may sit inside a name (富春建业, 中成新照明) but does not open one (希望|海尔集团, 发挥|娲石集团)
        return test.beforeVerb >= 0 ? test.beforeVerb : start;
    }

    /** Whether a word, met walking left from a name's end where the name so far starts at {@code start}, belongs to it. */
    private interface NamePart {
        boolean accepts(Token token, int start);

        default void crossedBracket() {
        }
    }

    /** Walks left word by word from {@code start} (token {@code index}) while the words belong to the name. */
    private static int walkLeft(String text, Segmentation words, int start, int index, int end, int maxLength, NamePart part) {
        while (index >= 0) {
            Token token = words.tokens().get(index);
            if (token.end() > start) {
                index--;
                continue;
            }
            if (token.end() != start) {
                break;
            }
            if (isClosingBracket(token.word()) && (start < end || isShortQualifier(text, token.start()))) {
                int open = openingBracket(text, token.start(), 10);
                if (open < 0 || end - open > maxLength) {
                    break;
                }
                start = open;
                part.crossedBracket();
                index = words.indexAt(open) - 1;
                continue;
            }
            if (!part.accepts(token, start) || end - token.start() > maxLength) {
                break;
            }
            start = token.start();
            index--;
        }
        return start;
    }

    /** The words of a company's name; remembers where the name would start if the verb just taken opened it. */
    private static final class CompanyWords implements NamePart {
        private final Segmentation words;
        private final int end;
        private int beforeVerb = -1;

        CompanyWords(Segmentation words, int end) {
            this.words = words;
            this.end = end;
        }

        @Override
        public boolean accepts(Token token, int start) {
            Token next = words.tokenAt(token.end());
            boolean nextIsOneCharacter = next != null && next.word().length() == 1;
            if (!isCompanyNamePart(token, start < end, nextIsOneCharacter) && !isMisreadMeasure(token)) {
                return false;
            }
            if (beforeVerb >= 0 && isVerb(token)) {
                return false; // 要学习|公元集团: two verbs in a row are the sentence, not the name
            }
            boolean verb = isVerb(token) && token.word().length() >= 2 && !NAME_VERBS.contains(token.word());
            beforeVerb = verb ? start : -1;
            return true;
        }

        /**
         * 莱|克|电气, 四川|天|原集团: HanLP reads rare name characters as measure words (q) or time measures (qt);
         * one that counts nothing is part of the name.
         */
        private boolean isMisreadMeasure(Token token) {
            boolean measure = token.tag().equals("q") || token.tag().equals("qt");
            if (!measure || token.word().length() != 1 || COUNTING_MEASURES.contains(token.word())) {
                return false;
            }
            Token left = token.start() == 0 ? null : words.tokenAt(token.start() - 1);
            return left == null || !(left.tag().equals("m") || left.tag().equals("mq"));
        }

        @Override
        public void crossedBracket() {
            beforeVerb = -1;
        }
    }

    private static boolean isVerb(Token token) {
        String tag = token.tag();
        return tag.equals("v") || tag.equals("vi") || tag.equals("vf") || tag.equals("vx") || tag.equals("vg");
    }

    private static boolean isCompanyNamePart(Token token, boolean insideName, boolean nextIsOneCharacter) {
        String word = token.word();
        String tag = token.tag();
        if (token.isPunctuation() || tag.equals("nnt") || LEFT_VERBS.contains(word) || INTRODUCING_VERBS.contains(word)) {
            return false;
        }
        if (insideName && word.endsWith(COMPANY)) {
            return false;
        }
        if (word.length() == 1 && STOP_CHARS.contains(word) && !(tag.equals("a") || tag.startsWith("n") || tag.equals("b") || tag.equals("j"))) {
            return false; // 新 in 中成新照明 is an adjective of the name, 新 as 'newly' (新落户) is not
        }
        if (tag.equals("m") || tag.equals("mq")) {
            // 三精药业, 一汽集团: a Chinese numeral with one character after it; never right before the ending (三家公司)
            return insideName && word.length() == 1 && CHINESE_NUMERALS.contains(word) && nextIsOneCharacter;
        }
        return !(tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("u") || tag.startsWith("r")
                || tag.startsWith("q") || tag.startsWith("t") || tag.startsWith("e") || tag.startsWith("y") || tag.startsWith("o")
                || tag.equals("vshi") || tag.equals("vyou"));
    }

    /** (山东), (苏州): two to four Han characters in brackets that end at {@code close}. */
    private static boolean isShortQualifier(String text, int close) {
        int open = openingBracket(text, close, 6);
        if (open < 0 || close - open - 1 < 2) {
            return false;
        }
        for (int i = open + 1; i < close; i++) {
            if (!OrganizationFinder.isCjkLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isNamePart(Token token) {
        String tag = token.tag();
        if (token.isPunctuation() || token.isLongVerb() || tag.equals("nnt")) {
            return false;
        }
        if (token.word().length() == 1 && STOP_CHARS.contains(token.word())) {
            return false;
        }
        return !(tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("u") || tag.startsWith("r")
                || tag.startsWith("d") || tag.equals("m") || tag.startsWith("q") || tag.startsWith("t")
                || tag.equals("mq") || tag.startsWith("e") || tag.startsWith("y") || tag.startsWith("o"));
    }

    static boolean isClosingBracket(String word) {
        return word.equals(")") || word.equals(CLOSE_PARENTHESIS);
    }

    private static int openingBracket(String text, int close, int maxInside) {
        for (int i = close - 1; i >= 0 && close - i <= maxInside; i--) {
            char c = text.charAt(i);
            if (c == '(' || c == Chars.OPEN_PARENTHESIS) {
                return i;
            }
            if (c == Chars.COMMA || c == ',' || c == Chars.FULL_STOP || c == Chars.ENUMERATION_COMMA || c == '\n') {
                return -1;
            }
        }
        return -1;
    }
}
