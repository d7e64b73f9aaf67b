package com.zhengqi.graph.find;

import com.zhengqi.graph.lexicon.Chars;
import com.zhengqi.graph.lexicon.Terms;
import com.zhengqi.graph.resolve.RegionMention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the projects a company describes only by its own facility (二期工厂, 高新区新厂区): such a phrase names
 * nothing on its own, but in a sentence whose topic is a company (the company opens this sentence or the one
 * before) it is that company's project, named after the company's brand (明远电子二期工厂).
 */
final class CompanyFacilityFinder {

    private static final Terms RULES = Terms.load("rules/company-facility-finder.txt");
    private static final String NEW = RULES.word("new");
    private static final String PLACE_ENDINGS = RULES.word("place-endings");

    private static final int MAX_STEM = 8;

    private final WordTable<Boolean> endings = table(Lexicon.words("company-facility-endings.txt"));
    private final WordTable<Boolean> companySuffixes = table(Lexicon.words("company-suffixes.txt"));
    private final Set<String> phaseWords = Set.copyOf(Lexicon.words("facility-phase-words.txt"));

    private static WordTable<Boolean> table(List<String> words) {
        Map<String, Boolean> map = new HashMap<>();
        words.forEach(w -> map.put(w, true));
        return new WordTable<>(map);
    }

    public List<ProjectMention> find(String text, Segmentation words, List<RegionMention> regions, List<OrgMention> organizations) {
        List<ProjectMention> found = new ArrayList<>();
        for (WordTable.Hit<Boolean> hit : endings.longestNonOverlapping(text)) {
            if (!words.isBoundary(hit.start()) || !words.isBoundary(hit.end())) {
                continue; // 高新|厂区 holds no 新厂区
            }
            int start = stemStart(text, words, regions, hit.start());
            boolean phased = hit.word().startsWith(NEW) || start < hit.start() && hasPhaseWord(words, start, hit.start());
            if (!phased) {
                continue; // 10万平方米厂房: a building, not a phase of a company's plant
            }
            OrgMention topic = topicCompany(text, organizations, hit.start());
            String brand = topic == null ? null : brand(topic, regions);
            if (brand == null) {
                continue;
            }
            found.add(new ProjectMention(start, hit.end(), brand + text.substring(start, hit.end())));
        }
        return found;
    }

    /** The left edge of 二期|工厂, 高新区|新厂区: phase words and a place (a region or a zone word ending in 城/区/园) only. */
    private int stemStart(String text, Segmentation words, List<RegionMention> regions, int endingStart) {
        int at = endingStart;
        while (at > 0 && endingStart - at < MAX_STEM) {
            Token token = words.tokenAt(at - 1);
            if (token == null || token.end() != at) {
                break;
            }
            int tokenStart = token.start();
            int tokenEnd = token.end();
            boolean region = regions.stream().anyMatch(r -> r.start() <= tokenStart && r.end() >= tokenEnd);
            boolean place = token.tag().startsWith("ns") || token.word().length() >= 2 && PLACE_ENDINGS.indexOf(token.word().charAt(token.word().length() - 1)) >= 0;
            if (!phaseWords.contains(token.word()) && !region && !place) {
                break;
            }
            at = tokenStart;
        }
        return at;
    }

    private boolean hasPhaseWord(Segmentation words, int start, int end) {
        for (int at = start; at < end; ) {
            Token token = words.tokenAt(at);
            if (token == null) {
                return false;
            }
            if (phaseWords.contains(token.word())) {
                return true;
            }
            at = token.end();
        }
        return false;
    }

    /** The company that opens the sentence of {@code at}, else the one that opens the sentence before; null if none. */
    private static OrgMention topicCompany(String text, List<OrgMention> organizations, int at) {
        int sentenceStart = sentenceStart(text, at);
        OrgMention topic = companyAt(organizations, sentenceStart);
        if (topic == null && sentenceStart > 0) {
            topic = companyAt(organizations, sentenceStart(text, sentenceStart - 1));
        }
        return topic;
    }

    private static int sentenceStart(String text, int at) {
        int i = at;
        while (i > 0 && !Chars.SENTENCE_SEMICOLON_OR_LINE_END.contains(text.charAt(i - 1))) {
            i--;
        }
        while (i < at && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static OrgMention companyAt(List<OrgMention> organizations, int start) {
        OrgMention longest = null;
        for (OrgMention org : organizations) {
            if (org.isCompany() && org.start() == start && (longest == null || org.end() > longest.end())) {
                longest = org;
            }
        }
        return longest;
    }

    /** 明远电子 of 明远电子(无锡)有限公司, 云峰光电 of 无锡市云峰光电股份有限公司; null when nothing specific is left. */
    private String brand(OrgMention company, List<RegionMention> regions) {
        String name = company.surface();
        int bracket = name.indexOf('(') >= 0 ? name.indexOf('(') : name.indexOf(Chars.OPEN_PARENTHESIS);
        if (bracket > 0) {
            name = name.substring(0, bracket);
        } else {
            WordTable.Hit<Boolean> suffix = companySuffixes.longestEndingAt(name, name.length());
            if (suffix != null) {
                name = name.substring(0, suffix.start());
            }
        }
        for (RegionMention region : regions) {
            if (region.start() == company.start() && region.end() - company.start() < name.length()) {
                name = name.substring(region.end() - company.start());
                break;
            }
        }
        return name.length() >= 2 ? name : null;
    }
}
