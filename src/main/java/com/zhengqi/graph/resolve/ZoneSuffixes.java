package com.zhengqi.graph.resolve;

import com.zhengqi.graph.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The endings of development-zone names (开发区, 高新区, 新区 …) from {@code lexicon/zone-suffixes.tsv}, each with
 * the canonical long form it stands for (高新区 → 高新技术产业开发区) and whether it may stand alone.
 */
final class ZoneSuffixes {

    /** One zone ending; a stop form is a word that contains an ending without naming a zone (开发区域). */
    record Suffix(String text, String canonical, boolean bare, boolean stopForm) {
    }

    /** A zone ending found in text, {@code [start, end)}. */
    record SuffixHit(int start, int end, Suffix suffix) {
    }

    private static final String RESOURCE = "zone-suffixes.tsv";
    private static final String STOP_FORMS = "zone-stop-forms.txt";

    private final List<Suffix> longestFirst;
    private final NameTrie<Suffix> trie = new NameTrie<>();

    private ZoneSuffixes(List<Suffix> suffixes, List<String> stopForms) {
        List<Suffix> sorted = new ArrayList<>(suffixes);
        sorted.sort(Comparator.comparingInt((Suffix s) -> s.text().length()).reversed());
        this.longestFirst = List.copyOf(sorted);
        for (Suffix suffix : suffixes) {
            trie.put(suffix.text(), suffix);
        }
        for (String stop : stopForms) {
            trie.put(stop, new Suffix(stop, stop, false, true));
        }
    }

    static ZoneSuffixes fromLexicon() {
        List<Suffix> suffixes = new ArrayList<>();
        for (Lexicon.Line line : Lexicon.lines(RESOURCE, 3)) {
            String[] c = line.columns();
            if (!c[2].equals("yes") && !c[2].equals("no")) {
                throw new IllegalStateException(RESOURCE + " line " + line.number() + ": bare must be yes or no: " + c[2]);
            }
            suffixes.add(new Suffix(c[0], c[1], c[2].equals("yes"), false));
        }
        return new ZoneSuffixes(suffixes, Lexicon.words(STOP_FORMS));
    }

    /** Every ending, as written. */
    Set<String> texts() {
        return longestFirst.stream().map(Suffix::text).collect(Collectors.toUnmodifiableSet());
    }

    /** The ending {@code name} ends with, longest first (安阳高新技术产业开发区 → 高新技术产业开发区). */
    Optional<Suffix> endingOf(String name) {
        return longestFirst.stream().filter(s -> name.endsWith(s.text())).findFirst();
    }

    /** The zone endings in {@code text}, leftmost-longest, not overlapping, without those inside stop forms. */
    List<SuffixHit> scan(String text) {
        Map<Integer, SuffixHit> longestByStart = new TreeMap<>();
        trie.scan(text, (begin, end, suffix) -> {
            SuffixHit hit = new SuffixHit(begin, end, suffix);
            longestByStart.merge(begin, hit, (a, b) -> a.end() >= b.end() ? a : b);
        });
        List<SuffixHit> hits = new ArrayList<>();
        int free = 0;
        for (SuffixHit hit : longestByStart.values()) {
            if (hit.start() >= free) {
                free = hit.end();
                if (!hit.suffix().stopForm()) {
                    hits.add(hit);
                }
            }
        }
        return hits;
    }
}
