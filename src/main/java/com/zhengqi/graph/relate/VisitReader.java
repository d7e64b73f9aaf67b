package com.zhengqi.graph.relate;

import com.zhengqi.graph.find.ArticleMentions;
import com.zhengqi.graph.find.Lexicon;
import com.zhengqi.graph.find.OrgMention;
import com.zhengqi.graph.find.Sentences;
import com.zhengqi.graph.find.WordTable;
import com.zhengqi.graph.lexicon.Chars;
import com.zhengqi.graph.lexicon.Terms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Visits and meetings: an official who 拜访/考察/前往 organisations VISITED each of them (X带领…拜访A、B、C等企业;
 * 前往A进行项目洽谈); 会见A董事长B is receiving guests, no visit. The visitors are the officials named in the sentence before the verb, or,
 * when the sentence names none (方军一行还前往…), the officials of the last sentence that named any.
 * 与A、B进行了座谈 counts as meeting A and B. A visit verb with no company after it takes those of a verb of going
 * before it (到A公司、B公司考察) or of the place opened by 在 (在A公司，X一行考察…), see {@link SiteVisits}; a person
 * named inside 在…陪同 is escorting, no visitor.
 */
final class VisitReader {
    private static final Terms RULES = Terms.load("rules/visit-reader.txt");
    private static final char WITH = RULES.character("with");


    private static final List<String> GROUP_WORDS = Lexicon.words("visit-group-words.txt");

    private final WordTable<String> verbs = new WordTable<>(Lexicon.pairs("visit-verbs.txt"));
    private final SiteVisits sites = new SiteVisits();

    public void read(Entities entities, List<Official> officials) {
        ArticleMentions article = entities.article();
        String text = article.text();
        List<Official> lastVisitors = List.of();
        int lastVisitorsSentence = -10;
        for (Sentences.Sentence sentence : article.sentences().all()) {
            String sentenceText = text.substring(sentence.start(), sentence.end());
            List<WordTable.Hit<String>> hits = verbs.longestNonOverlapping(sentenceText);
            List<Official> here = namedIn(text, sentence, officials).stream()
                    .filter(o -> !sites.escorting(text, sentence, o.nameStart(), o.nameEnd())).toList();
            for (WordTable.Hit<String> hit : hits) {
                int verbStart = sentence.start() + hit.start();
                int verbEnd = sentence.start() + hit.end();
                List<OrgMention> visited = objects(article, sentence, verbStart, verbEnd);
                int actStart = verbStart;
                if (visited.isEmpty()) {
                    for (SiteVisits.Approach approach : sites.approaches(text, sentence)) {
                        if (approach.end() <= verbStart) {
                            List<OrgMention> between = sites.between(article, approach, verbStart);
                            if (!between.isEmpty()) {
                                visited = between;
                                actStart = approach.start();
                            }
                        }
                    }
                }
                if (visited.isEmpty()) {
                    visited = sites.placeBefore(article, sentence, verbStart);
                }
                if (visited.isEmpty()) {
                    continue;
                }
                List<Official> visitors = visitors(text, sentence, officials, here, actStart, lastVisitors, lastVisitorsSentence);
                relateVisits(entities, visitors, visited, hit.value(), verbStart);
            }
            for (SiteVisits.Arrival arrival : sites.arrivals(text, sentence)) {
                int clauseEnd = clauseEnd(text, arrival.end(), sentence.end());
                if (hits.stream().anyMatch(h -> sentence.start() + h.start() >= arrival.end() && sentence.start() + h.start() < clauseEnd)) {
                    continue; // 走进A公司调研: the visit verb of its clause has read it
                }
                List<OrgMention> visited = sites.arrivedAt(article, arrival, clauseEnd);
                if (!visited.isEmpty()) {
                    List<Official> visitors = visitors(text, sentence, officials, here, arrival.start(), lastVisitors, lastVisitorsSentence);
                    relateVisits(entities, visitors, visited, arrival.purpose(), arrival.start());
                }
            }
            List<Official> subjects = here.stream().toList();
            if (!subjects.isEmpty()) {
                lastVisitors = subjects;
                lastVisitorsSentence = sentence.index();
            }
        }
    }

    /**
     * Who made a visit whose act starts at {@code subjectEnd}: the officials named before it in the sentence, or,
     * when it names none and goes on about a group (一行, 期间), those of a sentence at most three before.
     */
    private static List<Official> visitors(String text, Sentences.Sentence sentence, List<Official> officials, List<Official> here,
                                           int subjectEnd, List<Official> lastVisitors, int lastVisitorsSentence) {
        List<Official> visitors = here.stream().filter(o -> o.nameEnd() <= subjectEnd).toList();
        boolean othersLead = namedIn(text, sentence, officials, true).stream().anyMatch(o -> o.nameEnd() <= subjectEnd);
        if (visitors.isEmpty() && !othersLead && sentence.index() - lastVisitorsSentence <= 3
                && mentionsGroup(text.substring(sentence.start(), sentence.end()))) {
            // 王忠军与冯仑等一行…考察: a group of business people named here is not the officials of before
            return lastVisitors;
        }
        return visitors;
    }

    private static void relateVisits(Entities entities, List<Official> visitors, List<OrgMention> visited, String purpose, int at) {
        for (Official visitor : visitors) {
            for (OrgMention org : visited) {
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("purpose", purpose);
                entities.relate("VISITED", visitor.personId(), entities.organization(org), properties, at);
            }
        }
    }

    /**
     * The officials named in the sentence, with or without their title: 方军一行考察了… names 方军, read with his
     * title (区长方军) sentences before. Executives are hosts, not visitors.
     */
    private static List<Official> namedIn(String text, Sentences.Sentence sentence, List<Official> officials) {
        return namedIn(text, sentence, officials, false);
    }

    /** The officials (or, with {@code executives}, only the executives) named anywhere in the sentence, in order. */
    static List<Official> namedIn(String text, Sentences.Sentence sentence, List<Official> officials, boolean executives) {
        List<Official> here = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Official official : officials) {
            if (official.executive() != executives || !seen.add(official.name())) {
                continue;
            }
            for (int at = text.indexOf(official.name(), sentence.start()); at >= 0 && at < sentence.end(); at = text.indexOf(official.name(), at + 1)) {
                here.add(official.at(at, at + official.name().length()));
            }
        }
        here.sort(java.util.Comparator.comparingInt(Official::nameStart));
        return here;
    }

    /** 一行, 率队 or a bare verb at the start of a clause: the sentence goes on about the group named before. */
    private static boolean mentionsGroup(String sentence) {
        return GROUP_WORDS.stream().anyMatch(sentence::contains);
    }

    /**
     * The organisations visited: those after the verb up to the end of its clause (a list joined by 、 and 等
     * counts as one clause), or, for 座谈/会谈 after 与, those between 与 and the verb.
     */
    private static List<OrgMention> objects(ArticleMentions article, Sentences.Sentence sentence, int verbStart, int verbEnd) {
        String text = article.text();
        List<OrgMention> found = new ArrayList<>();
        int clauseEnd = clauseEnd(text, verbEnd, sentence.end());
        for (OrgMention org : article.organizations()) {
            if (org.start() >= verbEnd && org.end() <= clauseEnd && !insideAnother(article, org, verbEnd, clauseEnd)) {
                found.add(org);
            }
        }
        if (found.isEmpty()) {
            int with = text.lastIndexOf(WITH, verbStart);
            if (with >= sentence.start()) {
                for (OrgMention org : article.organizations()) {
                    if (org.start() > with && org.end() <= verbStart && !insideAnother(article, org, with, verbStart)) {
                        found.add(org);
                    }
                }
            }
        }
        return found;
    }

    /** Where the clause that holds {@code from} ends: at its comma or stop, or at {@code limit}. */
    static int clauseEnd(String text, int from, int limit) {
        int end = from;
        while (end < limit && !Chars.CLAUSE_END.contains(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** Where the clause that holds {@code at} starts: after the comma or stop before it, or at {@code limit}. */
    static int clauseStart(String text, int limit, int at) {
        int start = at;
        while (start > limit && !Chars.CLAUSE_END.contains(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** 蒙牛乳业集团 inside 蒙牛乳业集团齐齐哈尔乳制品有限公司: only the outer name is the one visited. */
    private static boolean insideAnother(ArticleMentions article, OrgMention org, int from, int to) {
        for (OrgMention other : article.organizations()) {
            if (other != org && other.start() <= org.start() && other.end() >= org.end() && other.end() - other.start() > org.end() - org.start()
                    && other.start() >= from && other.end() <= to) {
                return true;
            }
        }
        return false;
    }
}
