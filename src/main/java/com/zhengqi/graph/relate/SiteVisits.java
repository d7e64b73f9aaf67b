package com.zhengqi.graph.relate;

import com.zhengqi.graph.find.ArticleMentions;
import com.zhengqi.graph.find.Lexicon;
import com.zhengqi.graph.find.OrgMention;
import com.zhengqi.graph.find.Sentences;
import com.zhengqi.graph.find.WordTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The companies of a visit written around its verb rather than after it: a verb of going before the companies
 * and the visit verb after them (一行先后到A公司、B公司进行考察; 先后深入A厂、B公司等地调研; 到A公司B项目调研, where the
 * project carries its company's name), and the place of the visit opened by 在 before the visitor acts
 * (在A公司，X一行考察了生产线; 在A集团董事长B的陪同下参观). It also tells who is escorted rather than visiting: a
 * person named inside 在…陪同 is a host or an aide.
 */
final class SiteVisits {

    /** A verb of going at {@code [start, end)} of the article text. */
    record Approach(int start, int end) {
    }

    /** A verb of going that is a visit by itself, at {@code [start, end)}, with the purpose it records. */
    record Arrival(int start, int end, String purpose) {
    }

    /** How far after a verb of arrival its first company may start (来到了A公司, 深入到A公司: a particle between). */
    private static final int ARRIVAL_GAP = 2;

    private final WordTable<Boolean> approaches;
    private final Map<String, String> arrivals = Lexicon.pairs("visit-arrival-verbs.txt");
    private final String at;
    private final String escort;

    SiteVisits() {
        Map<String, Boolean> verbs = new HashMap<>();
        Lexicon.pairs("visit-approach-verbs.txt").forEach((word, kind) -> verbs.put(word, "yes".equals(kind)));
        approaches = new WordTable<>(verbs);
        Map<String, String> roles = new HashMap<>();
        Lexicon.pairs("visit-escort-words.txt").forEach((role, word) -> roles.put(role, word));
        at = roles.get("at");
        escort = roles.get("escort");
    }

    /** The verbs of going in the sentence, left to right (a longer word holding one, such as 得到, is none). */
    List<Approach> approaches(String text, Sentences.Sentence sentence) {
        List<Approach> found = new ArrayList<>();
        for (WordTable.Hit<Boolean> hit : approaches.longestNonOverlapping(text.substring(sentence.start(), sentence.end()))) {
            if (hit.value()) {
                found.add(new Approach(sentence.start() + hit.start(), sentence.start() + hit.end()));
            }
        }
        return found;
    }

    /**
     * The verbs of going in the sentence that are visits by themselves (visit-arrival-verbs.txt), left to right; read
     * among the verbs of going, so that a longer word holding one (深入推进, 深入开展) is none.
     */
    List<Arrival> arrivals(String text, Sentences.Sentence sentence) {
        List<Arrival> found = new ArrayList<>();
        for (Approach approach : approaches(text, sentence)) {
            String purpose = arrivals.get(text.substring(approach.start(), approach.end()));
            if (purpose != null) {
                found.add(new Arrival(approach.start(), approach.end(), purpose));
            }
        }
        return found;
    }

    /**
     * The companies a verb of arrival goes to: those of its clause after it, the first of them right after the verb
     * (走进A公司，…; 先后深入A公司、B公司，…), so that a company named later in a clause about something else is not one.
     */
    List<OrgMention> arrivedAt(ArticleMentions article, Arrival arrival, int clauseEnd) {
        List<OrgMention> found = companiesIn(article, arrival.end(), clauseEnd);
        if (found.isEmpty() || found.stream().mapToInt(OrgMention::start).min().getAsInt() > arrival.end() + ARRIVAL_GAP) {
            return List.of();
        }
        return found;
    }

    /**
     * The companies between a verb of going and the visit verb after it, within the clause of the verb of going
     * (a list joined by 、 and 和 is one clause); a company written inside a longer company name counts once.
     */
    List<OrgMention> between(ArticleMentions article, Approach approach, int visitVerbStart) {
        int to = Math.min(visitVerbStart, VisitReader.clauseEnd(article.text(), approach.end(), visitVerbStart));
        return companiesIn(article, approach.end(), to);
    }

    /**
     * The companies of a place phrase opened by 在 in the sentence before {@code verbStart} (在A公司，…考察;
     * 在A集团董事长B的陪同下参观): the company must follow 在 directly.
     */
    List<OrgMention> placeBefore(ArticleMentions article, Sentences.Sentence sentence, int verbStart) {
        String text = article.text();
        List<OrgMention> found = new ArrayList<>();
        for (OrgMention org : article.organizations()) {
            if (org.isCompany() && org.start() > sentence.start() && org.end() <= verbStart
                    && text.startsWith(at, org.start() - at.length()) && !nestedIn(article, org)) {
                found.add(org);
            }
        }
        return found;
    }

    /** True when the name at {@code [start, end)} stands inside 在…陪同 within its clause: an escort, no visitor. */
    boolean escorting(String text, Sentences.Sentence sentence, int start, int end) {
        int clauseStart = VisitReader.clauseStart(text, sentence.start(), start);
        int clauseEnd = VisitReader.clauseEnd(text, end, sentence.end());
        int opening = text.lastIndexOf(at, start);
        int verb = text.indexOf(escort, end);
        return opening >= clauseStart && verb >= 0 && verb < clauseEnd;
    }

    private static List<OrgMention> companiesIn(ArticleMentions article, int from, int to) {
        List<OrgMention> found = new ArrayList<>();
        for (OrgMention org : article.organizations()) {
            if (org.isCompany() && org.start() >= from && org.end() <= to && !nestedIn(article, org)) {
                found.add(org);
            }
        }
        return found;
    }

    /** 蒙牛乳业集团 inside 蒙牛乳业集团齐齐哈尔乳制品有限公司: only the outer name is the one visited. */
    private static boolean nestedIn(ArticleMentions article, OrgMention org) {
        for (OrgMention other : article.organizations()) {
            if (other != org && other.start() <= org.start() && other.end() >= org.end()
                    && other.end() - other.start() > org.end() - org.start()) {
                return true;
            }
        }
        return false;
    }
}
