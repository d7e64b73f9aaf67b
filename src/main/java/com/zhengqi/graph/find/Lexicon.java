package com.zhengqi.graph.find;

import java.util.List;
import java.util.Map;

/**
 * The finders' name for the one lexicon loader, {@link com.zhengqi.graph.lexicon.Lexicon}, whose rules (BOM,
 * {@code #} comments, gzip, line numbers in errors) apply: kept so that callers in {@code find/} and beyond read
 * their lists the way they always have.
 */
public final class Lexicon {

    private Lexicon() {
    }

    /** Every entry line split on tabs, in file order; a missing file is an error naming it. */
    public static List<String[]> rows(String fileName) {
        return com.zhengqi.graph.lexicon.Lexicon.rows(fileName);
    }

    /** The first column of every entry. */
    public static List<String> words(String fileName) {
        return com.zhengqi.graph.lexicon.Lexicon.words(fileName);
    }

    /** First column → second column (empty string when the row has one column). */
    public static Map<String, String> pairs(String fileName) {
        return com.zhengqi.graph.lexicon.Lexicon.pairs(fileName);
    }
}
