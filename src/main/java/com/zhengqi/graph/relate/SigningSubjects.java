package com.zhengqi.graph.relate;

import com.zhengqi.graph.find.ArticleMentions;
import com.zhengqi.graph.find.OrgMention;
import com.zhengqi.graph.find.ProjectMention;
import com.zhengqi.graph.find.Sentences;
import com.zhengqi.graph.find.WordTable;
import com.zhengqi.graph.lexicon.Terms;

import java.util.List;
import java.util.Optional;

/**
 * Who signs, and what, when the signing verb has no company right before it: the company that opens the signing
 * (A公司与某县签订P: the county is the host, the company invests) and the project of a clause with no subject after
 * the signing (与A公司签约，投资12亿元建设P: A builds P).
 */
final class SigningSubjects {
    private static final Terms RULES = Terms.load("rules/project-reader.txt");
    private static final String PARTNER_CONJUNCTIONS = RULES.word("partner-conjunctions");
    private static final String CLAUSE_BREAKS = RULES.word("clause-breaks");
    /** How far the host (a county, a town's government) may stretch between 与 and the signing verb. */
    private static final int MAX_HOST = 16;

    private SigningSubjects() {
    }

    /** The company right before 与/同/和 when only a host that is no company stands between it and the verb. */
    static Optional<OrgMention> companyBefore(ArticleMentions article, int verbStart) {
        String text = article.text();
        for (OrgMention org : article.organizations()) {
            int with = org.end();
            if (!org.isCompany() || with >= verbStart || verbStart - with > MAX_HOST || PARTNER_CONJUNCTIONS.indexOf(text.charAt(with)) < 0) {
                continue;
            }
            boolean companyBetween = article.organizations().stream().anyMatch(o -> o.start() > with && o.end() <= verbStart && o.isCompany());
            if (!companyBetween && !hasBreak(text, with, verbStart)) {
                return Optional.of(org);
            }
        }
        return Optional.empty();
    }

    /**
     * The first project after the signing verb in its sentence when an investment verb, and no company, stands
     * between them: the clause has no subject of its own, so the signing company builds the project.
     */
    static Optional<ProjectMention> projectBuiltAfter(ArticleMentions article, List<ProjectMention> projects, int verbEnd, WordTable<Boolean> investmentVerbs) {
        String text = article.text();
        Sentences.Sentence sentence = article.sentences().at(verbEnd - 1);
        for (ProjectMention p : projects) {
            if (p.start() < verbEnd || p.end() > sentence.end()) {
                continue;
            }
            String between = text.substring(verbEnd, p.start());
            boolean companyBetween = article.organizations().stream().anyMatch(o -> o.start() >= verbEnd && o.end() <= p.start());
            if (!companyBetween && !investmentVerbs.all(between).isEmpty()) {
                return Optional.of(p);
            }
            return Optional.empty(); // only the first project after the verb
        }
        return Optional.empty();
    }

    private static boolean hasBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
