package com.zhengqi.graph.find;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds project names: a phrase ending in a project word (项目, 工程, 产业园, 生产线, 基地...) whose left edge is
 * the last stop word or punctuation before it (投资10亿元的|宏居商业综合体(服装专业市场)项目). Generic phrases
 * (重点项目, 一期项目) and counted ones (9个高端智能制造项目: an aggregate, not a project) are left out, as are
 * names inside 《》 (a document title) or wholly inside quotes (a slogan such as “一把手工程”). The items of
 * "A、B、C等N个…项目" are projects named by their investor.
 */
public final class ProjectFinder {

    private static final int MAX_LENGTH = 32;
    private static final java.util.regex.Pattern COUNTED_NAME = java.util.regex.Pattern.compile("[0-9一二两三四五六七八九十百几数多]+(?:多|余)?[个条项座批家所处]");

    private final WordTable<Boolean> suffixes = table(Lexicon.words("project-suffixes.txt"));
    private final WordTable<Boolean> leftStops = table(Lexicon.words("project-left-stops.txt"));
    private final WordTable<Boolean> genericWords = table(Lexicon.words("generic-project-words.txt"));

    private static WordTable<Boolean> table(List<String> words) {
        Map<String, Boolean> map = new HashMap<>();
        words.forEach(w -> map.put(w, true));
        return new WordTable<>(map);
    }

    public List<ProjectMention> find(String text, Segmentation words) {
        List<ProjectMention> found = new ArrayList<>();
        List<WordTable.Hit<Boolean>> hits = suffixes.longestNonOverlapping(text);
        for (WordTable.Hit<Boolean> hit : hits) {
            int end = hit.end();
            if (end < text.length() && suffixes.longestStartingAt(text, end) != null) {
                continue; // 产业园项目: the later ending closes the name
            }
            if (end < text.length() && (text.charAt(end) == '(' || text.charAt(end) == '（')) {
                int close = closing(text, end);
                if (close > 0 && suffixes.longestStartingAt(text, close + 1) != null) {
                    continue; // 综合体(服装专业市场)项目
                }
            }
            if (!words.isBoundary(end) || !endsPhrase(words, end) || insideBookTitle(text, hit.start())) {
                continue;
            }
            if (hit.start() > 0 && text.charAt(hit.start() - 1) == '等') {
                addList(text, words, hit.start() - 1, found); // 腾讯电竞等项目
                continue;
            }
            if (introducesCategory(text, end)) {
                continue; // 纺织服装项目包括…: a category of projects, the list follows
            }
            int start = leftEdge(text, words, hit.start());
            if (start >= 0) {
                start = skipLeadingVerbs(words, start, hit.start());
            }
            if (start < 0 || start >= hit.start()) {
                continue;
            }
            String name = text.substring(start, end).replace(" ", "");
            String stem = text.substring(start, hit.start());
            if (isGeneric(stem) || unbalancedQuote(name) || TITLES.all(name).size() > 0 || isCounted(text, start) || isQuoted(text, start, end) || name.length() > MAX_LENGTH) {
                if (isCounted(text, start)) {
                    addCountedList(text, words, start, found);
                }
                continue;
            }
            found.add(new ProjectMention(start, end, name));
        }
        return found;
    }

    /** Left edge of the name whose ending starts at {@code suffixStart}; -1 when there is no room for a name. */
    private int leftEdge(String text, Segmentation words, int suffixStart) {
        int at = suffixStart;
        int depth = 0;
        int edge = edgeOverWords(words, suffixStart);
        while (at > 0 && suffixStart - at < MAX_LENGTH) {
            char c = text.charAt(at - 1);
            if (c == ')' || c == '）') {
                depth++;
            } else if ((c == '(' || c == '（') && depth > 0) {
                depth--;
            } else if (depth == 0) {
                if (isPunctuation(c)) {
                    break;
                }
                WordTable.Hit<Boolean> stop = leftStops.longestEndingAt(text, at);
                if (stop != null) {
                    break;
                }
            }
            if (at <= edge) {
                break;
            }
            at--;
        }
        return at;
    }

    /** Left edge by the segmentation: a preposition, conjunction, pronoun or adverb before the name ends it. */
    private static int edgeOverWords(Segmentation words, int suffixStart) {
        int index = words.indexAt(suffixStart) - 1;
        int edge = suffixStart;
        while (index >= 0 && suffixStart - words.tokens().get(index).start() <= MAX_LENGTH) {
            Token token = words.tokens().get(index);
            String tag = token.tag();
            boolean function = tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("r") || tag.startsWith("d")
                    || tag.startsWith("u") || tag.startsWith("y") || tag.equals("vshi") || tag.equals("vyou");
            if (function) {
                break;
            }
            edge = token.start();
            index--;
        }
        return edge;
    }

    /** 项目包括, 项目主要有: the ending is followed by the list of the category's projects. */
    private static boolean introducesCategory(String text, int end) {
        return text.startsWith("包括", end) || text.startsWith("主要有", end) || text.startsWith("涵盖", end) || text.startsWith("有", end);
    }

    /** The word after a project ending must not continue the noun phrase (项目对接小组, 项目线索). */
    static boolean endsPhrase(Segmentation words, int end) {
        Token next = words.tokenAt(end);
        return next == null || !CONTINUATIONS.contains(next.word());
    }

    private static final WordTable<Boolean> TITLES = table(Lexicon.words("titles.txt"));
    private static final java.util.Set<String> NAME_OPENERS = java.util.Set.copyOf(Lexicon.words("project-name-openers.txt"));
    private static final java.util.Set<String> CONTINUATIONS = java.util.Set.copyOf(Lexicon.words("project-continuations.txt"));

    /** Drops verbs and adverbs that open the stem (促进|项目, 充分衔接|龙湖…工程); returns the new start. */
    private static int skipLeadingVerbs(Segmentation words, int start, int suffixStart) {
        int at = start;
        while (at < suffixStart) {
            Token token = words.tokenAt(at);
            if (token == null || token.start() != at || token.end() > suffixStart) {
                break;
            }
            String tag = token.tag();
            boolean opener = (token.isLongVerb() || tag.equals("ad") || tag.equals("d") || tag.equals("vd") || tag.equals("t"))
                    && !NAME_OPENERS.contains(token.word());
            if (!opener) {
                break;
            }
            at = token.end();
        }
        return at;
    }

    private static boolean isPunctuation(char c) {
        return !OrganizationFinder.isCjkLetter(c) && !Character.isLetterOrDigit(c) && c != '·' && c != '-' && c != '×' && c != '+' && c != '.' && c != '“' && c != '”';
    }

    private static int closing(String text, int open) {
        for (int i = open + 1; i < Math.min(text.length(), open + 12); i++) {
            if (text.charAt(i) == ')' || text.charAt(i) == '）') {
                return i;
            }
        }
        return -1;
    }

    /** True when the stem says nothing specific: only generic words (重点, 一期, 产业), digits and marks. */
    boolean isGeneric(String stem) {
        int specific = 0;
        int at = 0;
        while (at < stem.length()) {
            WordTable.Hit<Boolean> hit = genericWords.longestStartingAt(stem, at);
            if (hit != null) {
                at = hit.end();
            } else {
                if (OrganizationFinder.isCjkLetter(stem.charAt(at))) {
                    specific++;
                }
                at++;
            }
        }
        return specific < 2;
    }

    /** 9个高端智能制造项目, 20多个项目: a count right before the name makes it an aggregate. */
    private static boolean isCounted(String text, int start) {
        if (COUNTED_NAME.matcher(text).region(start, Math.min(text.length(), start + 6)).lookingAt()) {
            return true; // the name itself starts with the count: 9个高端智能制造项目, 一条高速生产线
        }
        int at = start;
        while (at > 0 && start - at < 4 && (text.charAt(at - 1) == '个' || text.charAt(at - 1) == '多' || text.charAt(at - 1) == '余' || text.charAt(at - 1) == '家')) {
            at--;
        }
        return at < start && at > 0 && Character.isDigit(text.charAt(at - 1));
    }

    /** "A、B、C等7个外资项目": the listed names, each a project of the company it is named after. */
    private void addCountedList(String text, Segmentation words, int countStart, List<ProjectMention> found) {
        int at = countStart;
        while (at > 0 && (Character.isDigit(text.charAt(at - 1)))) {
            at--;
        }
        if (at == 0 || text.charAt(at - 1) != '等') {
            return;
        }
        addList(text, words, at - 1, found);
    }

    /** The items of a list closed by 等 at {@code dengAt}, each one a project. */
    private void addList(String text, Segmentation words, int dengAt, List<ProjectMention> found) {
        int itemEnd = dengAt;
        while (itemEnd > 0) {
            int itemStart = itemEnd;
            while (itemStart > 0 && itemEnd - itemStart < 14 && !isPunctuation(text.charAt(itemStart - 1)) && text.charAt(itemStart - 1) != '、') {
                itemStart--;
            }
            int separator = itemStart - 1;
            if (separator < 0 || text.charAt(separator) != '、') {
                itemStart = Boundaries.nameStart(text, words, itemEnd, 14);
            }
            if (itemEnd - itemStart >= 2 && !isGeneric(text.substring(itemStart, itemEnd))) {
                found.add(new ProjectMention(itemStart, itemEnd, text.substring(itemStart, itemEnd)));
            }
            if (separator < 0 || text.charAt(separator) != '、') {
                break;
            }
            itemEnd = separator;
        }
    }

    private static boolean unbalancedQuote(String name) {
        return name.chars().filter(c -> c == '“').count() != name.chars().filter(c -> c == '”').count();
    }

    private static boolean insideBookTitle(String text, int at) {
        for (int i = at - 1; i >= 0 && at - i < 40; i--) {
            char c = text.charAt(i);
            if (c == '》' || c == '\n') {
                return false;
            }
            if (c == '《') {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuoted(String text, int start, int end) {
        return start > 0 && end < text.length() && text.charAt(start - 1) == '“' && text.charAt(end) == '”';
    }
}
