package com.zhengqi.graph.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /** Category name → resource; the names become part of the feature strings, so keep them stable. */
    private static final Map<String, String> RESOURCES = new LinkedHashMap<>();

    static {
        RESOURCES.put("T", "/lexicon/ner-position-titles.txt");
        RESOURCES.put("C", "/lexicon/ner-company-suffixes.txt");
        RESOURCES.put("G", "/lexicon/ner-government-words.txt");
        RESOURCES.put("O", "/lexicon/ner-organization-suffixes.txt");
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

    static Set<String> read(String resource) {
        try (InputStream in = DomainLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + resource + " is missing from the classpath");
            }
            Set<String> entries = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    /** One occurrence of a list word: {@code [start, end)} in the text. */
    record Match(String category, int start, int end) {
    }
}
