package com.zhengqi.graph.resolve;

import com.zhengqi.graph.lexicon.Lexicon;
import com.zhengqi.graph.lexicon.Terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives the short forms (简称) by which running text names a division: 安阳 for 安阳市, 内蒙古 for 内蒙古自治区,
 * 延边 and 延边州 for 延边朝鲜族自治州. Towns and zones get none: their short forms are too often ordinary words.
 * The endings and ethnic-group names come from lexicon files.
 */
final class ShortForms {

    private static final Terms RULES = Terms.load("rules/resolve.txt");
    private static final String AUTONOMOUS = RULES.word("autonomous");
    private static final String ETHNIC_GROUP = RULES.word("ethnic-group");
    private static final String PREFECTURE = RULES.word("prefecture");
    private static final String AUTONOMOUS_PREFECTURE = RULES.word("autonomous-prefecture");
    private static final int MIN_LENGTH = 2;

    private final List<String> suffixes;
    private final List<String> ethnicGroups;
    private final Map<String, List<String>> abbreviations;

    ShortForms(List<String> suffixes, List<String> ethnicGroups) {
        this(suffixes, ethnicGroups, Map.of());
    }

    /** With conventional abbreviations that no ending rule derives (科尔沁右翼前旗 → 科右前旗), by full name. */
    ShortForms(List<String> suffixes, List<String> ethnicGroups, Map<String, List<String>> abbreviations) {
        this.abbreviations = Map.copyOf(abbreviations);
        this.suffixes = longestFirst(suffixes);
        List<String> groups = new ArrayList<>(ethnicGroups);
        // Names also use a group without 族 (伊犁哈萨克自治州, 巴音郭楞蒙古自治州).
        for (String group : ethnicGroups) {
            if (group.endsWith(ETHNIC_GROUP) && group.length() > 2) {
                groups.add(group.substring(0, group.length() - 1));
            }
        }
        this.ethnicGroups = longestFirst(groups);
    }

    /** The short forms of the lexicon files under {@code /lexicon/}. */
    static ShortForms fromLexicon() {
        Map<String, List<String>> abbreviations = new HashMap<>();
        for (Lexicon.Line line : Lexicon.lines("region-abbreviations.tsv", 2)) {
            abbreviations.computeIfAbsent(line.columns()[0], k -> new ArrayList<>()).add(line.columns()[1]);
        }
        return new ShortForms(Lexicon.words("region-name-suffixes.txt"),
                Lexicon.words("ethnic-groups.txt"), abbreviations);
    }

    /** The short forms of {@code division}, none when its name is too short to lose its ending. */
    Set<String> of(Division division) {
        Set<String> forms = new LinkedHashSet<>();
        RegionLevel level = RegionLevel.of(division);
        if (level == RegionLevel.TOWN || level == RegionLevel.ZONE || level == RegionLevel.COMMUNITY) {
            return forms;
        }
        String name = division.name();
        for (String suffix : suffixes) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= MIN_LENGTH) {
                String stem = name.substring(0, name.length() - suffix.length());
                if (suffix.startsWith(AUTONOMOUS)) {
                    stem = withoutEthnicGroups(stem);
                }
                forms.add(stem);
                if (suffix.equals(AUTONOMOUS_PREFECTURE)) {
                    forms.add(stem + PREFECTURE);
                }
                break;
            }
        }
        forms.addAll(abbreviations.getOrDefault(name, List.of()));
        forms.remove(name);
        return forms;
    }

    /** 长阳土家族 → 长阳, 恩施土家族苗族 → 恩施; never shorter than two characters (内蒙古 stays). */
    private String withoutEthnicGroups(String stem) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String group : ethnicGroups) {
                if (stem.endsWith(group) && stem.length() - group.length() >= MIN_LENGTH) {
                    stem = stem.substring(0, stem.length() - group.length());
                    stripped = true;
                    break;
                }
            }
        }
        return stem;
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(words));
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(sorted);
    }
}
