package com.zhengqi.graph.relate;

import com.zhengqi.graph.find.ArticleMentions;
import com.zhengqi.graph.find.Lexicon;
import com.zhengqi.graph.find.ProjectMention;
import com.zhengqi.graph.find.WordTable;
import com.zhengqi.graph.lexicon.Chars;
import com.zhengqi.graph.lexicon.Terms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Industries: a list closed by an industry noun (围绕纺织服装、高端装备制造(无人机)两大主导产业; 涵盖新能源、新材料等多种
 * 产业类型) gives Industry nodes, IN_INDUSTRY from the article's region; projects listed after
 * "&lt;industry&gt;项目包括" are IN_INDUSTRY that industry too.
 */
final class IndustryReader {
    private static final Terms RULES = Terms.load("rules/industry-reader.txt");
    private static final String NUMERALS = RULES.word("numerals");
    private static final char ETC = RULES.character("etc");
    private static final String MEASURES = RULES.word("measures");
    private static final char AND = RULES.character("and");
    private static final char AND_LITERARY = RULES.character("and-literary");
    private static final String BRACKETED_REGEX = RULES.word("bracketed-regex");


    private static final List<String> LIST_OPENERS = Lexicon.words("industry-list-openers.txt");

    private static final int MAX_ITEM = 12;

    private final WordTable<Boolean> heads;
    private final WordTable<Boolean> openers;

    public IndustryReader() {
        Map<String, Boolean> map = new HashMap<>();
        Lexicon.words("industry-heads.txt").forEach(w -> map.put(w, true));
        heads = new WordTable<>(map);
        Map<String, Boolean> open = new HashMap<>();
        Lexicon.words("industry-openers.txt").forEach(w -> open.put(w, true));
        openers = new WordTable<>(open);
    }

    public void read(Entities entities) {
        ArticleMentions article = entities.article();
        String text = article.text();
        List<String> industries = new ArrayList<>();
        for (WordTable.Hit<Boolean> head : heads.longestNonOverlapping(text)) {
            List<String> items = listBefore(text, head.start());
            if (items.isEmpty()) {
                continue;
            }
            for (String item : items) {
                String id = entities.industry(item, head.start());
                industries.add(item);
                entities.regions().home().ifPresent(region ->
                        entities.relate("IN_INDUSTRY", entities.region(region, head.start()), id, Map.of(), head.start()));
            }
        }
        for (String industry : industries) {
            for (String cue : LIST_OPENERS.stream().map(opener -> industry + opener).toList()) {
                for (int i = text.indexOf(cue); i >= 0; i = text.indexOf(cue, i + 1)) {
                    int end = text.indexOf(Chars.SEMICOLON, i);
                    int stop = text.indexOf(Chars.FULL_STOP, i);
                    int clauseEnd = end < 0 ? stop : stop < 0 ? end : Math.min(end, stop);
                    for (ProjectMention project : article.projects()) {
                        if (project.start() > i && (clauseEnd < 0 || project.end() <= clauseEnd)) {
                            entities.relate("IN_INDUSTRY", entities.project(project.name(), project.start()), entities.industry(industry, i), Map.of(), project.start());
                        }
                    }
                }
            }
        }
    }

    /** The items of the list that ends just before the industry noun, after optional 等, a count (两大) and adjectives. */
    private List<String> listBefore(String text, int headStart) {
        int at = headStart;
        int modifiers = 0;
        while (at > 0 && modifiers < 6 && text.charAt(at - 1) != ETC && text.charAt(at - 1) != Chars.ENUMERATION_COMMA && OrganizationFinderAccess.isCjk(text.charAt(at - 1))
                && !(NUMERALS.indexOf(text.charAt(at - 1)) >= 0 && at >= 2 && text.charAt(at - 2) != Chars.ENUMERATION_COMMA)) {
            at--;
            modifiers++;
        }
        // a count such as 两大, 4条, 多种
        while (at > 0 && (NUMERALS.indexOf(text.charAt(at - 1)) >= 0 || MEASURES.indexOf(text.charAt(at - 1)) >= 0) && headStart - at < 10) {
            at--;
        }
        if (at > 0 && text.charAt(at - 1) == ETC) {
            at--;
        }
        List<String> items = new ArrayList<>();
        int itemEnd = at;
        int guard = 0;
        while (itemEnd > 0 && guard++ < 12) {
            int itemStart = itemEnd;
            int depth = 0;
            while (itemStart > 0 && itemEnd - itemStart <= MAX_ITEM + 6) {
                char c = text.charAt(itemStart - 1);
                if (c == ')' || c == Chars.CLOSE_PARENTHESIS) {
                    depth++;
                } else if (c == '(' || c == Chars.OPEN_PARENTHESIS) {
                    depth--;
                } else if (depth == 0 && (c == Chars.ENUMERATION_COMMA || c == AND || c == AND_LITERARY || !OrganizationFinderAccess.isCjk(c))) {
                    break;
                }
                itemStart--;
            }
            String item = text.substring(itemStart, itemEnd).replaceAll(BRACKETED_REGEX, "");
            WordTable.Hit<Boolean> opener = null;
            for (int cut = 0; cut < item.length(); cut++) {
                WordTable.Hit<Boolean> hit = openers.longestEndingAt(item, cut + 1);
                if (hit != null) {
                    opener = hit; // the last opener in the item: 青山县围绕|新能源汽车
                }
            }
            boolean last = itemStart == 0 || (text.charAt(itemStart - 1) != Chars.ENUMERATION_COMMA && text.charAt(itemStart - 1) != AND && text.charAt(itemStart - 1) != AND_LITERARY);
            if (opener != null) {
                item = item.substring(opener.end());
                last = true;
            } else if (last && items.isEmpty()) {
                return List.of(); // a single item with nothing that opens a list: 产业 in an ordinary phrase
            } else if (last) {
                return List.of();
            }
            if (item.length() < 2 || item.length() > MAX_ITEM) {
                return List.of();
            }
            items.addFirst(item);
            if (last) {
                break;
            }
            itemEnd = itemStart - 1;
        }
        return items;
    }

    /** Access to the CJK test shared with the organisation finder. */
    private static final class OrganizationFinderAccess {
        static boolean isCjk(char c) {
            return c >= 0x4E00 && c <= 0x9FFF;
        }
    }
}
