package com.zhengqi.graph.find;

import java.util.Set;

/** Where a name that ends at a known place starts: walking left over name-like words of the segmentation. */
final class Boundaries {

    /** One-character words that never sit at the edge of a name (与 in 与优必选合作, 由 in 由A投资). */
    private static final Set<String> INTRODUCING_VERBS = Set.copyOf(Lexicon.words("visit-verbs.txt"));
    private static final Set<String> STOP_CHARS = Set.copyOf(Lexicon.words("name-stop-chars.txt"));

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
        int start = end;
        int index = end == 0 ? -1 : words.indexAt(end - 1);
        while (index >= 0) {
            Token token = words.tokens().get(index);
            if (token.end() > start) {
                index--;
                continue;
            }
            if (token.end() != start) {
                break;
            }
            if (isClosingBracket(token.word()) && start < end) {
                int open = openingBracket(text, token.start(), 10);
                if (open < 0 || end - open > maxLength) {
                    break;
                }
                start = open;
                index = words.indexAt(open) - 1;
                continue;
            }
            boolean verbAllowed = verbsInName && token.isLongVerb() && !INTRODUCING_VERBS.contains(token.word());
            if (!(isNamePart(token) || verbAllowed) || end - token.start() > maxLength) {
                break;
            }
            start = token.start();
            index--;
        }
        return start;
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
        return word.equals(")") || word.equals("）");
    }

    private static int openingBracket(String text, int close, int maxInside) {
        for (int i = close - 1; i >= 0 && close - i <= maxInside; i--) {
            char c = text.charAt(i);
            if (c == '(' || c == '（') {
                return i;
            }
            if (c == '，' || c == ',' || c == '。' || c == '、' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }
}
