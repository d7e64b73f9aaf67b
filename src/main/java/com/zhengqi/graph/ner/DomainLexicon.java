package com.zhengqi.graph.ner;

import com.zhengqi.graph.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word lists that hint at entity types (titles, company endings, government words, organisation
 * endings), read from {@code src/main/resources/lexicon/ner-*.txt}. The tagger learns how much to
 * trust each hint; the lists only say where one of their words occurs. Immutable and thread-safe.
 */
final class DomainLexicon {

    /** Category name → lexicon file; the names become part of the feature strings, so keep them stable. */
    private static final Map<String, String> RESOURCES = new LinkedHashMap<>();

    static {
        RESOURCES.put("T", "ner-position-titles.txt");
        RESOURCES.put("C", "ner-company-suffixes.txt");
        RESOURCES.put("G", "ner-government-words.txt");
        RESOURCES.put("O", "ner-organization-suffixes.txt");
    }

    private final Map<String, Set<String>> words = new LinkedHashMap<>();
    private final int longest;

    DomainLexicon() {
        int max = 0;
        for (Map.Entry<String, String> category : RESOURCES.entrySet()) {
            Set<String> entries = read(category.getValue());
            words.put(category.getKey(), entries);
            for (String entry : entries) {
                max = Math.max(max, entry.length());
            }
        }
        longest = max;
    }

    /** Every occurrence in {@code text} of a word of every list, as (category, start, end). */
    List<Match> find(String text) {
        List<Match> matches = new ArrayList<>();
        for (int start = 0; start < text.length(); start++) {
            for (int end = start + 1; end <= Math.min(text.length(), start + longest); end++) {
                String candidate = text.substring(start, end);
                for (Map.Entry<String, Set<String>> category : words.entrySet()) {
                    if (category.getValue().contains(candidate)) {
                        matches.add(new Match(category.getKey(), start, end));
                    }
                }
            }
        }
        return matches;
    }

    static Set<String> read(String fileName) {
        return new HashSet<>(Lexicon.words(fileName));
    }

    /** One occurrence of a list word: {@code [start, end)} in the text. */
    record Match(String category, int start, int end) {
    }
}
