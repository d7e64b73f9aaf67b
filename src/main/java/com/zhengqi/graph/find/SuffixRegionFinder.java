package com.zhengqi.graph.find;

import com.zhengqi.graph.resolve.Division;
import com.zhengqi.graph.resolve.RegionFinder;
import com.zhengqi.graph.resolve.RegionMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stand-in region finder used when no gazetteer is on hand: a place name is a run of name-like words
 * ending in a level suffix (省, 市, 区, 县, 镇, 街道, 开发区, ...). It knows no codes and no parents; the
 * gazetteer's {@link RegionFinder} replaces it as soon as it is available.
 */
public final class SuffixRegionFinder implements RegionFinder {

    private final WordTable<String> suffixes;
    private final Set<String> notPlaces;

    public SuffixRegionFinder() {
        suffixes = new WordTable<>(Lexicon.pairs("region-suffixes.txt"));
        notPlaces = Set.copyOf(Lexicon.words("region-false-stems.txt"));
    }

    @Override
    public List<RegionMention> find(String text) {
        Segmentation words = Segmentation.of(text);
        List<RegionMention> mentions = new ArrayList<>();
        int covered = 0;
        for (WordTable.Hit<String> hit : suffixes.all(text)) {
            if (hit.start() < covered || !words.isBoundary(hit.end()) && !suffixes.contains(text.substring(hit.end(), Math.min(text.length(), hit.end() + 1)))) {
                continue;
            }
            int start = stemStart(text, words, hit.start());
            if (start == hit.start() && hit.value().equals("ZONE") && hit.word().length() >= 3 && hit.end() - hit.start() == hit.word().length()) {
                // a bare 开发区 or 高新区: the article's own zone
                mentions.add(new RegionMention(start, hit.end(), hit.word(), new Division("", hit.word(), "ZONE", null)));
                covered = hit.end();
                continue;
            }
            if (hit.start() - start < 1 || hit.start() - start > 6) {
                continue;
            }
            String stem = text.substring(start, hit.start());
            if (notPlaces.contains(stem) || notPlaces.contains(stem.substring(0, 1))) {
                continue;
            }
            String name = text.substring(start, hit.end());
            mentions.add(new RegionMention(start, hit.end(), name, new Division("", name, hit.value(), null)));
            covered = hit.end();
        }
        return mentions;
    }

    /** Walks left over place-like words (the stem of 北关区 is 北关). */
    private static int stemStart(String text, Segmentation words, int suffixStart) {
        Token whole = words.tokenAt(suffixStart);
        if (whole != null && whole.start() < suffixStart && whole.tag().startsWith("ns")) {
            return whole.start(); // 白沙镇/ns: HanLP knows the whole name
        }
        int start = suffixStart;
        int index = words.indexAt(suffixStart) - 1;
        while (index >= 0) {
            Token token = words.tokens().get(index);
            if (token.end() != start || !isPlaceLike(token) || suffixStart - token.start() > 6) {
                break;
            }
            start = token.start();
            index--;
            if (token.tag().equals("ns") && token.word().length() >= 2) {
                break;
            }
        }
        return start;
    }

    private static boolean isPlaceLike(Token token) {
        String tag = token.tag();
        return tag.startsWith("ns") || tag.startsWith("nr") || tag.equals("n") || tag.equals("nz") || tag.equals("j")
                || tag.equals("f") || tag.equals("ng") || tag.equals("b") || tag.equals("ag") || tag.equals("nf") || tag.equals("a");
    }

    /** Level of a suffix as the graph model names it. */
    static String levelOf(String suffix, Map<String, String> table) {
        return table.getOrDefault(suffix, "");
    }
}
