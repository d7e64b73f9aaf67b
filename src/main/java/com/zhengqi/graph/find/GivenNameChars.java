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

    private static final Map<Character, Integer> LAST_OR_SOLE = load(2, 3);
    private static final Map<Character, Integer> FIRST_OF_TWO = load(1);

    private GivenNameChars() {
    }

    /** Per character, the sum of the given columns of given-name-chars.tsv (1 first of two, 2 second, 3 sole). */
    private static Map<Character, Integer> load(int... columns) {
        Map<Character, Integer> counts = new HashMap<>();
        for (String[] row : Lexicon.rows("given-name-chars.tsv")) {
            int count = 0;
            for (int column : columns) {
                count += Integer.parseInt(row[column]);
            }
            counts.put(row[0].charAt(0), count);
        }
        return counts;
    }

    /** Times the character opened a given name of two characters in the counted names. */
    static int openingCount(char c) {
        return FIRST_OF_TWO.getOrDefault(c, 0);
    }

    /** Times the character closed a given name (second of two, or the only one) in the counted names. */
    static int closingCount(char c) {
        return LAST_OR_SOLE.getOrDefault(c, 0);
    }
}
