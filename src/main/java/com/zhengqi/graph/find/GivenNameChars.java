package com.zhengqi.graph.find;

import com.zhengqi.graph.lexicon.Lexicon;

import java.util.HashMap;
import java.util.Map;

/**
 * How often a character stands in a Chinese given name, counted over the person names of a labelled corpus
 * (lexicon/given-name-chars.tsv, built by scripts/given-name-stats.py): evidence that a character after a
 * surname and one given character is the name's third character rather than the start of the next word.
 */
final class GivenNameChars {

    private static final Map<Character, Integer> LAST_OR_SOLE = load();

    private GivenNameChars() {
    }

    private static Map<Character, Integer> load() {
        Map<Character, Integer> counts = new HashMap<>();
        for (String[] row : Lexicon.rows("given-name-chars.tsv")) {
            counts.put(row[0].charAt(0), Integer.parseInt(row[2]) + Integer.parseInt(row[3]));
        }
        return counts;
    }

    /** Times the character closed a given name (second of two, or the only one) in the counted names. */
    static int closingCount(char c) {
        return LAST_OR_SOLE.getOrDefault(c, 0);
    }
}
