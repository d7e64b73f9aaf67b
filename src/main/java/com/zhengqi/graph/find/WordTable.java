package com.zhengqi.graph.find;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A set of words with a value each, answering "which word ends (or starts) here?" in constant time per
 * length, and finding every occurrence in a text in one Aho-Corasick pass.
 */
public final class WordTable<V> {

    /** An occurrence of a word in a text, {@code [start, end)}. */
    public record Hit<V>(int start, int end, String word, V value) {
    }

    private final Map<String, V> values;
    private final AhoCorasickDoubleArrayTrie<V> trie = new AhoCorasickDoubleArrayTrie<>();
    private final int longest;

    public WordTable(Map<String, V> values) {
        this.values = new HashMap<>(values);
        this.longest = values.keySet().stream().mapToInt(String::length).max().orElse(0);
        if (!values.isEmpty()) {
            trie.build(new TreeMap<>(values));
        }
    }

    /** A table of plain words, each with the value true (a lexicon list used as a set). */
    public static WordTable<Boolean> of(List<String> words) {
        Map<String, Boolean> map = new HashMap<>();
        words.forEach(w -> map.put(w, true));
        return new WordTable<>(map);
    }

    public boolean contains(String word) {
        return values.containsKey(word);
    }

    public V get(String word) {
        return values.get(word);
    }

    /** The longest word that ends exactly at {@code end}, or null. */
    public Hit<V> longestEndingAt(CharSequence text, int end) {
        for (int length = Math.min(longest, end); length > 0; length--) {
            String word = text.subSequence(end - length, end).toString();
            V value = values.get(word);
            if (value != null) {
                return new Hit<>(end - length, end, word, value);
            }
        }
        return null;
    }

    /** The longest word that starts exactly at {@code start}, or null. */
    public Hit<V> longestStartingAt(CharSequence text, int start) {
        for (int length = Math.min(longest, text.length() - start); length > 0; length--) {
            String word = text.subSequence(start, start + length).toString();
            V value = values.get(word);
            if (value != null) {
                return new Hit<>(start, start + length, word, value);
            }
        }
        return null;
    }

    /** Every occurrence, overlapping ones included, in order of start then length (longest first). */
    public List<Hit<V>> all(String text) {
        List<Hit<V>> hits = new ArrayList<>();
        if (values.isEmpty()) {
            return hits;
        }
        trie.parseText(text, (begin, end, value) -> hits.add(new Hit<>(begin, end, text.substring(begin, end), value)));
        hits.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(b.end, a.end));
        return hits;
    }

    /**
     * Occurrences left to right, keeping at each place the longest and skipping those inside a kept one. Only the
     * kept occurrences become {@link Hit}s: a text has many more overlapping ones than kept ones.
     */
    public List<Hit<V>> longestNonOverlapping(String text) {
        List<Hit<V>> kept = new ArrayList<>();
        if (values.isEmpty()) {
            return kept;
        }
        List<long[]> spans = new ArrayList<>();
        List<V> found = new ArrayList<>();
        trie.parseText(text, (begin, end, value) -> {
            spans.add(new long[]{begin, end, found.size()});
            found.add(value);
        });
        spans.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(b[1], a[1]));
        int covered = 0;
        for (long[] span : spans) {
            int begin = (int) span[0];
            if (begin >= covered) {
                int end = (int) span[1];
                kept.add(new Hit<>(begin, end, text.substring(begin, end), found.get((int) span[2])));
                covered = end;
            }
        }
        return kept;
    }
}
