package com.zhengqi.graph.resolve.identity;

import com.zhengqi.graph.lexicon.Terms;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The spelling-independent form of a name: full-width letters, digits and brackets folded to their
 * ASCII forms (（集团） → (集团)), white space removed. Two names with the same form are written the
 * same way; display names keep the original spelling.
 */
public final class NameForms {

    private static final Terms RULES = Terms.load("rules/resolve.txt");
    private static final Pattern SPACE = RULES.pattern("name-spaces");
    private static final String PROJECT = RULES.word("project");

    private NameForms() {
    }

    public static String normalise(String name) {
        return SPACE.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
    }

    /** A project's name without the trailing 项目 that news adds or leaves out at will. */
    public static String projectKey(String name) {
        String key = normalise(name);
        return key.endsWith(PROJECT) && key.length() > PROJECT.length() ? key.substring(0, key.length() - PROJECT.length()) : key;
    }
}
