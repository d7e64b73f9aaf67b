package com.zhengqi.graph.relate;

import com.zhengqi.graph.find.ArticleMentions;
import com.zhengqi.graph.find.Lexicon;
import com.zhengqi.graph.find.OrgMention;
import com.zhengqi.graph.find.ProjectMention;
import com.zhengqi.graph.find.WordTable;
import com.zhengqi.graph.lexicon.Chars;
import com.zhengqi.graph.lexicon.Terms;

import java.util.ArrayList;
import java.util.List;

/**
 * The investors of a project written after it in the passive (P由A投资建设, P项目将由A和B共同投资): the companies
 * between 由 and the first investment verb of the clause that follows the project. A clause without an
 * investment verb (P由A负责运营) names no investor.
 */
final class PassiveInvestors {
    private static final Terms RULES = Terms.load("rules/project-reader.txt");
    private static final char BY = RULES.character("by");
    /** Adverbs that may stand between the project and 由 (P将由A投资). */
    private static final List<String> LINKS = Lexicon.words("passive-investor-links.txt");
    private final WordTable<Boolean> verbs = WordTable.of(Lexicon.words("investment-verbs.txt"));

    List<OrgMention> of(ArticleMentions article, ProjectMention project) {
        String text = article.text();
        int at = project.end();
        for (boolean skipped = true; skipped; ) {
            skipped = false;
            for (String link : LINKS) {
                if (text.startsWith(link, at)) {
                    at += link.length();
                    skipped = true;
                }
            }
        }
        if (at >= text.length() || text.charAt(at) != BY) {
            return List.of();
        }
        int verbAt = -1;
        for (int i = at + 1; i < text.length() && !Chars.CLAUSE_OR_LINE_END.contains(text.charAt(i)); i++) {
            if (verbs.longestStartingAt(text, i) != null && !insideAName(article, i)) {
                verbAt = i;
                break;
            }
        }
        List<OrgMention> investors = new ArrayList<>();
        for (OrgMention org : article.organizations()) {
            if (org.isCompany() && org.start() > at && org.end() <= verbAt) {
                investors.add(org);
            }
        }
        return investors;
    }

    /** 由中国建设银行投资: the 建设 of a bank's name is no verb. */
    private static boolean insideAName(ArticleMentions article, int at) {
        return article.organizations().stream().anyMatch(o -> o.start() <= at && o.end() > at);
    }
}
