package com.zhengqi.graph.relate;

import com.zhengqi.graph.find.ArticleMentions;
import com.zhengqi.graph.lexicon.Chars;
import com.zhengqi.graph.lexicon.Lexicon;
import com.zhengqi.graph.find.OrgMention;
import com.zhengqi.graph.find.OrganizationFinder;
import com.zhengqi.graph.resolve.RegionMention;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A body the organisation finder did not read, right before a post title: [region or level character][a few
 * characters][a body ending] (市投促局局长, 省文化和旅游厅厅长, 县企业服务中心主任, 市妇联主席). The grammar of the post
 * is data: the endings come from {@code lexicon/body-endings.txt}. A body opened by no region is taken only right
 * after 、 in a chain of posts (市政府副秘书长、办公厅主任), where the post before gives its region, or when it opens
 * with a word of a nationwide body (中国某某协会, {@code lexicon/national-body-openers.txt}), which has no region.
 */
final class UnreadBodies {

    private static final int LONGEST_BODY = 12;
    private static final int LONGEST_NATIONAL_BODY = 18;
    private static final Map<String, String> ENDINGS = Lexicon.pairs("body-endings.txt");
    private static final int LONGEST_ENDING = ENDINGS.keySet().stream().mapToInt(String::length).max().orElse(0);
    private static final Set<String> LEVEL_CHARS = Set.copyOf(Lexicon.words("region-level-chars.txt"));
    private static final char LIST_MARK = Chars.ENUMERATION_COMMA;
    static final List<String> NATIONAL_OPENERS = Lexicon.words("national-body-openers.txt");

    private UnreadBodies() {
    }

    /** The body ending at {@code titleStart}, or empty when none is written there. */
    static Optional<OrgMention> endingAt(ArticleMentions article, int titleStart) {
        String text = article.text();
        String kind = endingKind(text, titleStart);
        if (kind == null) {
            return Optional.empty();
        }
        for (int start = titleStart - 2; start >= Math.max(0, titleStart - LONGEST_NATIONAL_BODY); start--) {
            int at = start;
            if (titleStart - start > LONGEST_BODY) {
                // 中央某某大学中国某某研究中心主任: only a nationwide body is read this long
                boolean opens = start == 0 || !OrganizationFinder.isCjkLetter(text.charAt(start - 1));
                if (opens && NATIONAL_OPENERS.stream().anyMatch(w -> text.startsWith(w, at))) {
                    return Optional.of(new OrgMention(start, titleStart, text.substring(start, titleStart), kind, start, false));
                }
                continue;
            }
            Optional<RegionMention> region = article.regions().stream().filter(r -> r.end() == at && r.start() < at).findFirst();
            if (region.isPresent()) {
                int regionStart = region.get().start();
                return Optional.of(new OrgMention(regionStart, titleStart, text.substring(regionStart, titleStart), kind, at, false));
            }
            char before = start > 0 ? text.charAt(start - 1) : LIST_MARK;
            boolean opensClause = !OrganizationFinder.isCjkLetter(before);
            if (opensClause && LEVEL_CHARS.contains(String.valueOf(text.charAt(start)))) {
                return Optional.of(new OrgMention(start, titleStart, text.substring(start, titleStart), kind, start + 1, false));
            }
            if (opensClause && NATIONAL_OPENERS.stream().anyMatch(w -> text.startsWith(w, at))) {
                // 中国某某协会会长, 全国某某商会秘书长: a nationwide body, of no region of the article
                return Optional.of(new OrgMention(start, titleStart, text.substring(start, titleStart), kind, start, false));
            }
            if (opensClause) {
                return before == LIST_MARK && start > 0
                        ? Optional.of(new OrgMention(start, titleStart, text.substring(start, titleStart), kind, start, false))
                        : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String endingKind(String text, int end) {
        for (int length = Math.min(LONGEST_ENDING, end); length > 0; length--) {
            String kind = ENDINGS.get(text.substring(end - length, end));
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }
}
