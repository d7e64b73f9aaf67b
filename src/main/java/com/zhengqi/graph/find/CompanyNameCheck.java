package com.zhengqi.graph.find;

import com.zhengqi.graph.lexicon.Terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether a candidate found by an ending or a context really names a company. A company name has a name part
 * (字号) and either a company ending or a context that names a company; anything else is no company: a place and a
 * verb (某市开展深入), clause pieces (交流并实地, 12户企业顺利), a pronoun (本公司, 我们公司), a line of business
 * (大数据, 康养, 天使投资), a person (the item 王某某 of a list of guests), a post (市长) inside the words.
 */
final class CompanyNameCheck {

    private static final String BANK = Terms.load("rules/organization-finder.txt").word("bank");

    private final WordTable<Boolean> suffixes;
    private final WordTable<Boolean> industries = WordTable.of(Lexicon.words("industry-words.txt"));
    private final WordTable<Boolean> clauseWords = WordTable.of(Lexicon.words("company-clause-words.txt"));
    private final Set<String> nameVerbs = Set.copyOf(Lexicon.words("company-name-verbs.txt"));
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
        Token whole = words.tokenAt(start);
        if (whole != null && whole.start() == start && whole.end() == end && OrganizationFinder.isCompanyTag(whole.tag())) {
            return start; // 中国银行, 腾讯: a company's name the segmenter knows as one word
        }
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
        if (suffix != null && isPredicate(inside)) {
            return -1; // 警方调取银行, 律师告银行, 随即致电银行: a verb of the sentence with its object
        }
        Token last = inside.getLast();
        boolean verbNamedBank = suffix != null && suffix.word().equals(BANK) && OrganizationFinder.isBankNameVerb(last)
                && inside.stream().filter(t -> t != last).allMatch(t -> t.tag().startsWith("ns"));
        if (opensNoName(first) || suffix == null && !listedFirm && inside.size() == 1 && first.isPersonName() && first.end() == stemEnd) {
            return -1; // 本公司, 我们公司, 上出席公司; a guest's name in a list of guests
        }
        // the name part: what is left after the place written before it and the ending after it
        int coreStart = suffix == null ? Math.max(from, regionEnd) : from;
        return coreStart < stemEnd && (levelPrefix || verbNamedBank || !onlyIndustryWords(text.substring(coreStart, stemEnd))) ? from : -1;
    }

    /**
     * True when the stem ends in a verb that is the sentence's: a one-character verb alone or after an adverb or a
     * verb (告|银行, 准备|拆|分公司), or a longer one after a subject, an adverb or another verb (警方|调取|银行,
     * 随即|致电|银行). A verb after a place or alone
     * (中国|光大|银行) and the verbs that open names (兴业, 发展) are name parts.
     */
    private boolean isPredicate(List<Token> stem) {
        Token last = stem.getLast();
        if (!isPlainVerb(last) || nameVerbs.contains(last.word())) {
            return false;
        }
        if (stem.size() < 2) {
            return last.word().length() == 1;
        }
        Token before = stem.get(stem.size() - 2);
        String tag = before.tag();
        boolean adverbial = tag.startsWith("d") || tag.startsWith("r") || tag.startsWith("v") && before.word().length() >= 2;
        // 雨|润|集团, 中|化|集团: HanLP cuts a rare name into single characters, one of them read as a verb
        return last.word().length() == 1 ? adverbial : adverbial || tag.equals("n") || tag.startsWith("nr") || tag.equals("nnt");
    }

    private static boolean isPlainVerb(Token token) {
        String tag = token.tag();
        return tag.equals("v") || tag.equals("vi") || tag.equals("vf") || tag.equals("vx");
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
