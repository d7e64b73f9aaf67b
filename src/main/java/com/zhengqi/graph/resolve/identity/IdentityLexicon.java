package com.zhengqi.graph.resolve.identity;

import com.zhengqi.graph.lexicon.Lexicon;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The word lists resolution relies on, read from {@code lexicon/identity/*.txt} on the classpath
 * (UTF-8, one entry a line, {@code #} comments). Immutable and shared between threads.
 *
 * @param companyForms           legal-form endings, longest first, with the tier each names
 * @param industryWords          trade words inside company names, longest first
 * @param brandStopwords         brands too general to merge companies on
 * @param nationalPrefixes       beginnings of names of national bodies
 * @param regionLevelCharacters  last characters of division names that short forms keep (区, 市, ...) → usual level
 * @param governmentShortForms   short name part → full name part, longest short form first
 */
public record IdentityLexicon(List<Map.Entry<String, CompanyName.Tier>> companyForms, List<String> industryWords,
                              Set<String> brandStopwords, List<String> nationalPrefixes,
                              Map<Character, String> regionLevelCharacters, List<Map.Entry<String, String>> governmentShortForms) {

    private static final String FOLDER = "identity/";

    public IdentityLexicon {
        companyForms = List.copyOf(companyForms);
        industryWords = List.copyOf(industryWords);
        brandStopwords = Set.copyOf(brandStopwords);
        nationalPrefixes = List.copyOf(nationalPrefixes);
        regionLevelCharacters = Map.copyOf(regionLevelCharacters);
        governmentShortForms = List.copyOf(governmentShortForms);
    }

    /** Reads the lists shipped with the application. */
    public static IdentityLexicon load() {
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed().thenComparing(Function.identity());
        List<Map.Entry<String, CompanyName.Tier>> forms = pairs("company-forms.txt").entrySet().stream()
                .map(e -> Map.entry(NameForms.normalise(e.getKey()), CompanyName.Tier.valueOf(e.getValue())))
                .sorted(Map.Entry.comparingByKey(longestFirst))
                .toList();
        List<Map.Entry<String, String>> shortForms = pairs("government-short-forms.txt").entrySet().stream()
                .sorted(Map.Entry.comparingByKey(longestFirst))
                .toList();
        return new IdentityLexicon(
                forms,
                words("industry-words.txt").stream().sorted(longestFirst).toList(),
                Set.copyOf(words("brand-stopwords.txt")),
                words("national-bodies.txt"),
                pairs("region-level-characters.txt").entrySet().stream()
                        .collect(Collectors.toMap(e -> e.getKey().charAt(0), Map.Entry::getValue)),
                shortForms);
    }

    /** The entries of one lexicon file, in file order. */
    static List<String> words(String file) {
        return Lexicon.words(FOLDER + file);
    }

    private static Map<String, String> pairs(String file) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (Lexicon.Line line : Lexicon.lines(FOLDER + file, 2)) {
            pairs.put(line.columns()[0], line.columns()[1]);
        }
        return pairs;
    }
}
