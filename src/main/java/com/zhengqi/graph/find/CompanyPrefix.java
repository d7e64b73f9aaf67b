package com.zhengqi.graph.find;

/**
 * The company written at the head of a project's name without its legal form, as the items of a signing list are
 * (总投资5亿元的|江苏南通某某市政工程|天然油脂深加工项目): a place, a name part (字号) of two to four characters that
 * is no place, no line of business and no verb, then one or more lines of business (市政工程, 涂料, 电子科技), and
 * after them what is built, at least two characters before the project's ending. A stem with no name part
 * (苏州新能源汽车产业园) or nothing after the trades (某某化工新材料|产业园) has no company in it.
 */
final class CompanyPrefix {

    private static final int MIN_NAME_PART = 2;
    private static final int MAX_NAME_PART = 4;
    private static final int MIN_REST = 2;

    private final WordTable<Boolean> trades = WordTable.of(Lexicon.words("industry-words.txt"));
    private final WordTable<Boolean> tradeTails = WordTable.of(Lexicon.words("company-trade-tails.txt"));

    /**
     * Where the company at the head of the stem {@code [start, suffixStart)} ends (the project starts there), or
     * -1 when the stem opens with no such company. {@code inRegion} marks the characters of places.
     */
    int end(String text, Segmentation words, boolean[] inRegion, int start, int suffixStart) {
        int tradeEnd = tradesEnd(text, words, inRegion, start, suffixStart);
        return tradeEnd < 0 || suffixStart - tradeEnd < MIN_REST ? -1 : tradeEnd;
    }

    /** True when {@code [start, end)} is a place, a name part and trades only (江苏南通某某市政工程): a firm, no project. */
    boolean isCompanyName(String text, Segmentation words, boolean[] inRegion, int start, int end) {
        return tradesEnd(text, words, inRegion, start, end) == end;
    }

    /** The end of the place, name part and trades that open {@code [start, limit)}, or -1. */
    private int tradesEnd(String text, Segmentation words, boolean[] inRegion, int start, int limit) {
        int suffixStart = limit;
        int at = start;
        while (at < suffixStart && at < inRegion.length && inRegion[at]) {
            at++;
        }
        if (at == start || at >= suffixStart - MIN_NAME_PART) {
            return -1; // the company of a signing list is written with its home place
        }
        int namePart = at;
        while (at < suffixStart && at - namePart <= MAX_NAME_PART && tradeAt(text, at) < 0) {
            if (at < inRegion.length && inRegion[at] || !OrganizationFinder.isCjkLetter(text.charAt(at))) {
                return -1;
            }
            at++;
        }
        if (at - namePart < MIN_NAME_PART || at - namePart > MAX_NAME_PART || hasVerb(words, namePart, at)) {
            return -1;
        }
        int tradeEnd = at;
        for (int next = tradeAt(text, tradeEnd); next > 0 && next <= limit; next = tradeAt(text, tradeEnd)) {
            boolean closes = tradeTails.longestStartingAt(text, tradeEnd) != null && tradeTails.longestStartingAt(text, tradeEnd).end() == next;
            tradeEnd = next;
            if (closes) {
                break; // 某某科技|智能家电项目: 科技, 涂料, 市政工程 close a firm's name
            }
        }
        boolean closed = tradeEnd > at && tradeTails.longestEndingAt(text, tradeEnd) != null;
        return !closed || tradeEnd > limit || !words.isBoundary(tradeEnd) ? -1 : tradeEnd; // 凤凰现代|服务业基地: no trade closes it
    }

    /** The end of the line of business starting at {@code at} (市政工程, 科技), or -1. */
    private int tradeAt(String text, int at) {
        WordTable.Hit<Boolean> trade = trades.longestStartingAt(text, at);
        WordTable.Hit<Boolean> tail = tradeTails.longestStartingAt(text, at);
        int end = Math.max(trade == null ? -1 : trade.end(), tail == null ? -1 : tail.end());
        return end;
    }

    private static boolean hasVerb(Segmentation words, int start, int end) {
        for (int at = start; at < end; ) {
            Token token = words.tokenAt(at);
            if (token == null) {
                return false;
            }
            String tag = token.tag();
            boolean inside = token.start() >= start && token.end() <= end;
            // a name part is often cut into single characters the segmenter tags as verbs (超|邦): only a whole verb counts
            if (inside && (token.isLongVerb() || token.word().length() > 1 && (tag.startsWith("p") || tag.startsWith("c")) || tag.startsWith("u"))) {
                return true;
            }
            at = token.end();
        }
        return false;
    }
}
