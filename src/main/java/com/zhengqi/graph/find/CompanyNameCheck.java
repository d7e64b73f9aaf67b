package com.zhengqi.graph.find;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a candidate found by an ending or a context really names a company. A company name has a name part
 * (字号) and either a company ending or a context that names a company; anything else is no company: a place and a
 * verb (某市开展深入), clause pieces (交流并实地, 12户企业顺利), a pronoun (本公司, 我们公司), a line of business
 * (大数据, 康养, 天使投资), a person (the item 王某某 of a list of guests), a post (市长) inside the words.
 */
final class CompanyNameCheck {

    private final WordTable<Boolean> suffixes;
    private final WordTable<Boolean> industries = WordTable.of(Lexicon.words("industry-words.txt"));
    private final WordTable<Boolean> clauseWords = WordTable.of(Lexicon.words("company-clause-words.txt"));
    private final WordTable<String> titles;
    private final WordTable<Boolean> genericStems;

    CompanyNameCheck(WordTable<Boolean> suffixes, WordTable<String> titles, WordTable<Boolean> genericStems) {
        this.suffixes = suffixes;
        this.titles = titles;
        this.genericStems = genericStems;
    }

    /**
     * Where the company name at {@code [start, end)} really starts, or -1 when it names no company. A word of the
     * sentence inside a name with an ending (积极配合|中化集团) closes what stands before it: the name starts after it.
     * A line of business after a bare level character (省电力公司) names the region's own company and is kept. An item
     * of a list whose head names firms ({@code listedFirm}: 引进A、B等企业) is a brand even when it reads as a name.
     */
    int nameStart(String text, Segmentation words, int start, int end, int regionEnd, boolean levelPrefix, boolean listedFirm) {
        String name = text.substring(start, end);
        WordTable.Hit<Boolean> suffix = suffixes.longestEndingAt(name, name.length());
        int stemEnd = suffix == null ? end : start + suffix.start();
        if (stemEnd <= start || Character.isDigit(text.charAt(start))) {
            return -1; // a bare ending; 12户企业, a count of firms
        }
        int from = start;
        for (Token token : tokensWithin(words, start, stemEnd)) {
            if (isClauseWord(token)) {
                if (suffix == null) {
                    return -1; // 交流并实地: a brand read from its context is a clause piece
                }
                from = token.end();
            }
        }
        List<Token> inside = tokensWithin(words, from, stemEnd);
        if (inside.isEmpty() || inside.getFirst().start() != from) {
            return from < stemEnd && suffix != null && !onlyIndustryWords(text.substring(from, stemEnd)) ? from : -1;
        }
        Token first = inside.getFirst();
        if (opensNoName(first) || suffix == null && !listedFirm && inside.size() == 1 && first.isPersonName() && first.end() == stemEnd) {
            return -1; // 本公司, 我们公司, 上出席公司; a guest's name in a list of guests
        }
        // the name part: what is left after the place written before it and the ending after it
        int coreStart = suffix == null ? Math.max(from, regionEnd) : from;
        return coreStart < stemEnd && (levelPrefix || !onlyIndustryWords(text.substring(coreStart, stemEnd))) ? from : -1;
    }

    private boolean opensNoName(Token token) {
        String tag = token.tag();
        return tag.startsWith("r") || tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("u");
    }

    private boolean isClauseWord(Token token) {
        String tag = token.tag();
        return clauseWords.contains(token.word()) || tag.startsWith("c") || tag.startsWith("u") || tag.startsWith("p") && token.word().length() == 1
                || titles.contains(token.word()) && token.word().length() >= 2;
    }

    /** True when the text is made only of lines of business and generic words (大数据, 冷链物流, 旅游观光). */
    private boolean onlyIndustryWords(String core) {
        int at = 0;
        while (at < core.length()) {
            WordTable.Hit<Boolean> hit = industries.longestStartingAt(core, at);
            WordTable.Hit<Boolean> generic = genericStems.longestStartingAt(core, at);
            if (hit != null || generic != null) {
                at = Math.max(hit == null ? at : hit.end(), generic == null ? at : generic.end());
            } else if (!Character.isLetterOrDigit(core.charAt(at))) {
                at++;
            } else {
                return false;
            }
        }
        return true;
    }

    /** The tokens lying wholly inside {@code [start, end)}. */
    private static List<Token> tokensWithin(Segmentation words, int start, int end) {
        List<Token> inside = new ArrayList<>();
        List<Token> tokens = words.tokens();
        for (int i = Math.max(0, words.indexAt(start)); i < tokens.size() && tokens.get(i).start() < end; i++) {
            Token token = tokens.get(i);
            if (token.start() >= start && token.end() <= end) {
                inside.add(token);
            }
        }
        return inside;
    }
}
