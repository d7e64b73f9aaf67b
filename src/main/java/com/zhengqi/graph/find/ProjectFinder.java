package com.zhengqi.graph.find;

import com.zhengqi.graph.lexicon.Chars;
import com.zhengqi.graph.lexicon.Terms;
import com.zhengqi.graph.resolve.RegionMention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds project names: a phrase ending in a project word (项目, 工程, 产业园, 生产线, 基地...) whose left edge is
 * the last stop word or punctuation before it (投资10亿元的|宏居商业综合体(服装专业市场)项目). Generic phrases
 * (重点项目, 一期项目) and counted ones (9个高端智能制造项目: an aggregate, not a project) are left out, as are
 * names inside 《》 (a document title) or wholly inside quotes (a slogan such as “一把手工程”). The items of
 * "A、B、C等N个…项目" are projects named by their investor.
 */
final class ProjectFinder {

    private static final Terms RULES = Terms.load("rules/project-finder.txt");
    private static final String LEADING_DATE_OR_AMOUNT_REGEX = RULES.word("leading-date-or-amount-regex");
    private static final String COUNT_IN_STEM_REGEX = RULES.word("count-in-stem-regex");
    private static final String COUNTED_NAME_REGEX = RULES.word("counted-name-regex");
    private static final String DATE_REGEX = RULES.word("date-regex");
    private static final String LINE_COUNT_REGEX = RULES.word("line-count-regex");
    private static final char ETC = RULES.character("etc");
    private static final String PRODUCTION_LINE = RULES.word("production-line");
    private static final String PROJECT = RULES.word("project");
    private static final String WORKS = RULES.word("works");
    private static final String AND_LITERARY = RULES.word("and-literary");
    private static final String AND = RULES.word("and");
    private static final String AND_WITH = RULES.word("and-with");
    private static final String INCLUDING = RULES.word("including");
    private static final String MAINLY_THERE_ARE = RULES.word("mainly-there-are");
    private static final String COVERING = RULES.word("covering");
    private static final String THERE_ARE = RULES.word("there-are");
    private static final String OUTPUT_REGEX = RULES.word("output-regex");
    private static final String ROAD_SECTION_REGEX = RULES.word("road-section-regex");
    private static final char OF = RULES.character("of");
    private static final String HUNDRED_MILLION = RULES.word("hundred-million");
    private static final String TEN_THOUSAND = RULES.word("ten-thousand");
    private static final char MEASURE_GE = RULES.character("measure-ge");
    private static final char MORE_THAN = RULES.character("more-than");
    private static final char ODD = RULES.character("odd");
    private static final char MEASURE_JIA = RULES.character("measure-jia");

    private static final int MAX_LENGTH = 32;
    private static final java.util.regex.Pattern LEADING_DATE_OR_AMOUNT = java.util.regex.Pattern.compile(
            LEADING_DATE_OR_AMOUNT_REGEX);
    private static final java.util.regex.Pattern COUNT_IN_STEM = java.util.regex.Pattern.compile(COUNT_IN_STEM_REGEX);
    /** Parts of a construction (围挡, 防渗墙, 门卫室): X围挡工程 is work on a project, not a project of its own. */
    private static final List<String> PROJECT_PARTS = Lexicon.words("project-part-words.txt");
    /** Endings of place nicknames (光谷, 机器人谷): a list item ending so is a place, not a project. */
    private static final List<String> PLACE_ITEM_ENDINGS = Lexicon.words("place-item-endings.txt");
    private static final java.util.Set<String> FALSE_WORDS = java.util.Set.copyOf(Lexicon.words("project-ending-false-words.txt"));
    /** Verbs after which a name ending like a project is a place (落户|X产业园) or a line of business (从事|网红基地). */
    private static final List<String> PLACE_VERBS = Lexicon.words("project-place-verbs.txt");
    private static final java.util.regex.Pattern COUNTED_NAME = java.util.regex.Pattern.compile(COUNTED_NAME_REGEX);

    private final WordTable<Boolean> suffixes = WordTable.of(java.util.stream.Stream.concat(
            Lexicon.words("project-suffixes.txt").stream(), BuiltSites.endings().stream()).distinct().toList());
    private final WordTable<Boolean> leftStops = WordTable.of(Lexicon.words("project-left-stops.txt"));
    private final WordTable<Boolean> genericWords = WordTable.of(Lexicon.words("generic-project-words.txt"));
    private final CompanyPrefix companyPrefix = new CompanyPrefix();
    /** A date or period written in a name (2026年, 第四季度, 3月份, 上半年): grammar of dates, not domain words. */
    private static final Pattern DATE = Pattern.compile(
            DATE_REGEX);
    private static final java.util.Set<String> CATEGORY_OPENERS = java.util.Set.copyOf(Lexicon.words("project-category-openers.txt"));
    private static final java.util.Set<String> DETERMINERS = java.util.Set.copyOf(Lexicon.words("project-determiners.txt"));
    private static final List<String> REFERENCE_VERBS = Lexicon.words("project-reference-verbs.txt");
    private static final java.util.Set<String> ITEM_WORDS = java.util.Set.copyOf(Lexicon.words("project-item-words.txt"));
    /** 建成4条|X生产线: lines counted by 条 are one project's equipment, not a count of projects. */
    private static final java.util.regex.Pattern LINE_COUNT = java.util.regex.Pattern.compile(LINE_COUNT_REGEX);

    public List<ProjectMention> find(String text, Segmentation words) {
        return find(text, words, List.of());
    }

    /** As {@link #find(String, Segmentation)}; a name made only of places and generic words (苏州工业园区项目) is no project. */
    public List<ProjectMention> find(String text, Segmentation words, List<RegionMention> regions) {
        boolean[] inRegion = new boolean[text.length() + 1];
        for (RegionMention region : regions) {
            for (int i = region.start(); i < region.end() && i < text.length(); i++) {
                inRegion[i] = true;
            }
        }
        List<ProjectMention> found = new ArrayList<>();
        findRoadSections(text, found);
        List<WordTable.Hit<Boolean>> hits = suffixes.longestNonOverlapping(text);
        for (WordTable.Hit<Boolean> hit : hits) {
            int end = hit.end();
            if (end < text.length() && suffixes.longestStartingAt(text, end) != null) {
                continue; // 产业园项目: the later ending closes the name
            }
            if (end < text.length() && (text.charAt(end) == '(' || text.charAt(end) == Chars.OPEN_PARENTHESIS)) {
                int close = closing(text, end);
                if (close > 0 && suffixes.longestStartingAt(text, close + 1) != null) {
                    continue; // 综合体(服装专业市场)项目
                }
            }
            if (!words.isBoundary(end) || endsAWordThatIsNoProject(text, words, hit) || !endsPhrase(words, end, hit.word()) || insideBookTitle(text, hit.start())) {
                continue; // 宅基地 holds no 基地; 项目对接小组 is no project
            }
            if (usedAsCommonNoun(words, hit)) {
                continue; // 整个项目, 游乐项目: the word refers back or means an item, it names nothing
            }
            if (hit.start() > 0 && text.charAt(hit.start() - 1) == ETC) {
                addList(text, words, hit.start() - 1, found, inRegion); // 腾讯电竞等项目
                continue;
            }
            if (introducesCategory(text, end)) {
                continue; // 纺织服装项目包括…: a category of projects, the list follows
            }
            int start = leftEdge(text, words, hit.start());
            if (start >= 0) {
                start = withQuotedBrand(text, start);
                start = skipLeadingVerbs(words, start, hit.start());
                start = skipLeadingDateOrAmount(text, start, hit.start());
            }
            if (start >= 0 && start < hit.start() && hit.word().equals(PRODUCTION_LINE)) {
                java.util.regex.Matcher lines = LINE_COUNT.matcher(text).region(start, hit.start());
                if (lines.lookingAt()) {
                    start = lines.end(); // 建成4条锂电池隔膜生产线: the count is of lines, the project is the line
                }
            }
            if (start > 0 && start == hit.start()) {
                start = withFirstConjunct(text, words, start); // 研发及|生产基地: the first conjunct belongs to the name
            }
            if (start < 0 || start >= hit.start()) {
                continue;
            }
            if (BuiltSites.isSiteEnding(hit.word()) && !BuiltSites.isBuilt(text, start)) {
                continue; // 游客来到X景区: a tourism site is a project only where it is built, signed or invested in
            }
            if (opensWithCategory(text, words, start, hit.start())) {
                continue; // 国家重点输变电工程: a kind of project at the level of the state
            }
            if (start > 0 && text.charAt(start - 1) == ETC) {
                if (INDUSTRY_HEADS.stream().noneMatch(text.substring(start, hit.start())::contains)) {
                    addList(text, words, start - 1, found, inRegion); // A、B等煤化工项目: the items, not the category
                }
                continue; // 新能源、医疗器械等新兴产业项目: the items are industries
            }
            if (end < text.length() && OrganizationFinder.isCjkLetter(text.charAt(end)) && companyPrefix.isCompanyName(text, words, inRegion, start, end)) {
                continue; // 某某市政工程|天然油脂项目: the ending is the company's trade, the project follows
            }
            int companyStart = start;
            int companyEnd = companyPrefix.end(text, words, inRegion, start, hit.start());
            if (companyEnd > 0) {
                start = companyEnd; // 江苏某某涂料|年产3万吨涂料项目: the company of a signing list's item comes first
            }
            String name = text.substring(start, end).replace(" ", "");
            String stem = text.substring(start, hit.start());
            int countAt = countInside(text, start, hit.start());
            if (countAt >= 0 && isCounted(text, start)) {
                addCountedList(text, words, start, found, inRegion); // A、B等7个外资项目
                continue;
            }
            if (countAt >= 0) {
                addListBeforeCount(text, words, start, countAt, found); // A、B、C4个项目
                continue;
            }
            if (isGeneric(stem, start, inRegion) || isOneDescriptiveWord(words, start, hit.start()) || isClauseFragment(words, start, hit.start(), hit.word()) || unbalancedQuote(name)
                    || TITLES.all(name).size() > 0 || isCounted(text, start) || isQuoted(text, start, end) || name.length() > MAX_LENGTH
                    || namesAPlace(text, start, hit.start()) || isSlogan(text, start, hit.start()) || namesAPart(stem)) {
                if (isCounted(text, start)) {
                    addCountedList(text, words, start, found, inRegion);
                }
                continue;
            }
            found.add(new ProjectMention(start, end, name, companyStart));
        }
        return found;
    }

    /** 国道318线通麦至105道班段: a numbered road's section is a project of its own (roads are built section by section). */
    private static void findRoadSections(String text, List<ProjectMention> found) {
        for (String prefix : ROAD_PREFIXES) {
            for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
                java.util.regex.Matcher m = ROAD_SECTION.matcher(text).region(at + prefix.length(), Math.min(text.length(), at + prefix.length() + 24));
                if (m.lookingAt()) {
                    found.add(new ProjectMention(at, m.end(), text.substring(at, m.end())));
                }
            }
        }
    }

    /** Left edge of the name whose ending starts at {@code suffixStart}; -1 when there is no room for a name. */
    private int leftEdge(String text, Segmentation words, int suffixStart) {
        int at = suffixStart;
        int depth = 0;
        int edge = edgeOverWords(words, suffixStart);
        while (at > 0 && suffixStart - at < MAX_LENGTH) {
            char c = text.charAt(at - 1);
            if (c == ')' || c == Chars.CLOSE_PARENTHESIS) {
                depth++;
            } else if ((c == '(' || c == Chars.OPEN_PARENTHESIS) && depth > 0) {
                depth--;
            } else if (depth == 0) {
                if (isPunctuation(c)) {
                    break;
                }
                WordTable.Hit<Boolean> stop = leftStops.longestEndingAt(text, at);
                boolean partOfEnding = at == suffixStart && stop != null && NAME_OPENERS.contains(stop.word()); // 码头扩建项目
                if (stop != null && !partOfEnding && (stop.word().length() == 1 || words.isBoundary(stop.start()) && words.isBoundary(at))) {
                    break; // 服务 stops 服务|X项目 but not 现代服务业孵化基地
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

    /** 整个项目, 这个工程 (a determiner before the ending), 游乐项目, 互动游戏项目 (项目 in the sense of an item). */
    private static boolean usedAsCommonNoun(Segmentation words, WordTable.Hit<Boolean> hit) {
        Token before = hit.start() > 0 ? words.tokenAt(hit.start() - 1) : null;
        if (before == null || before.end() != hit.start()) {
            return false;
        }
        return DETERMINERS.contains(before.word()) || hit.word().equals(PROJECT) && ITEM_WORDS.contains(before.word());
    }

    /** 国家规范发展水上乐园项目, 三部委严控水上乐园项目: a stem opening with the state or its ministries names a category. */
    private static boolean opensWithCategory(String text, Segmentation words, int start, int suffixStart) {
        for (String opener : CATEGORY_OPENERS) {
            int end = start + opener.length();
            if (end < suffixStart && text.startsWith(opener, start) && words.isBoundary(end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The new start of a name whose stem after a conjunction is generic (研发及|生产基地): the phrase before 及/和/与
     * is the other half of the modifier. Returns {@code start} unchanged when no such phrase is there.
     */
    private int withFirstConjunct(String text, Segmentation words, int start) {
        Token conjunction = words.tokenAt(start - 1);
        if (conjunction == null || conjunction.end() != start || !List.of(AND_LITERARY, AND, AND_WITH).contains(conjunction.word())) {
            return start;
        }
        int outer = leftEdge(text, words, conjunction.start());
        outer = skipLeadingVerbs(words, outer, conjunction.start());
        if (outer < 0 || conjunction.start() - outer < 2 || isGeneric(text.substring(outer, conjunction.start()))) {
            return start;
        }
        return outer;
    }

    /** 宅基地 holds 基地 but is no project: the word around the ending is in {@code project-ending-false-words.txt}. */
    private static boolean endsAWordThatIsNoProject(String text, Segmentation words, WordTable.Hit<Boolean> hit) {
        Token token = words.tokenAt(hit.start());
        if (token != null && token.start() < hit.start() && FALSE_WORDS.contains(token.word())) {
            return true;
        }
        String upToEnding = text.substring(Math.max(0, hit.end() - 8), hit.end());
        return FALSE_WORDS.stream().anyMatch(w -> w.length() > hit.word().length() + 1 && upToEnding.endsWith(w)); // 西北|老工业基地
    }

    /** 项目包括, 项目主要有: the ending is followed by the list of the category's projects. */
    private static boolean introducesCategory(String text, int end) {
        return text.startsWith(INCLUDING, end) || text.startsWith(MAINLY_THERE_ARE, end) || text.startsWith(COVERING, end) || text.startsWith(THERE_ARE, end);
    }

    /** The word after a project ending must not continue the noun phrase (项目对接小组, 项目线索). */
    static boolean endsPhrase(Segmentation words, int end) {
        return endsPhrase(words, end, PROJECT);
    }

    /** As above for a name with this ending: after 项目 only the continuation words count, after 工程 or 基地 any noun. */
    static boolean endsPhrase(Segmentation words, int end, String ending) {
        Token next = words.tokenAt(end);
        if (next == null || next.start() != end) {
            return next == null;
        }
        if (CONTINUATIONS.contains(next.word())) {
            return false;
        }
        // 工程机械, 工程类产品, 基地意向协议: a noun right after the ending makes the ending its modifier
        String tag = next.tag();
        if (ending.equals(PROJECT)) {
            return true;
        }
        boolean noun = tag.equals("n") || tag.equals("nz") || tag.equals("k") || tag.equals("ng") || tag.equals("nis") || tag.equals("q");
        return !noun || NOUNS_AFTER_A_NAME.contains(next.word());
    }

    private static final WordTable<Boolean> TITLES = WordTable.of(Lexicon.words("titles.txt"));
    private static final java.util.Set<String> NAME_OPENERS = java.util.Set.copyOf(Lexicon.words("project-name-openers.txt"));
    /** Nouns that may follow a project's name in the same clause (X项目总投资, X项目现场, X项目一期). */
    private static final java.util.Set<String> NOUNS_AFTER_A_NAME = java.util.Set.copyOf(Lexicon.words("project-name-followers.txt"));
    private static final java.util.regex.Pattern LEADING_SCALE = java.util.regex.Pattern.compile(
            OUTPUT_REGEX);
    private static final List<String> ROAD_PREFIXES = Lexicon.words("road-prefixes.txt");
    private static final java.util.regex.Pattern ROAD_SECTION = java.util.regex.Pattern.compile(
            ROAD_SECTION_REGEX);
    private static final List<String> INDUSTRY_HEADS = Lexicon.words("industry-heads.txt");
    private static final java.util.Set<String> LEFT_STOP_WORDS = java.util.Set.copyOf(Lexicon.words("project-left-stops.txt"));
    private static final java.util.Set<String> CONTINUATIONS = java.util.Set.copyOf(Lexicon.words("project-continuations.txt"));

    /** Drops verbs and adverbs that open the stem (促进|项目, 充分衔接|龙湖…工程); returns the new start. */
    private static int skipLeadingVerbs(Segmentation words, int start, int suffixStart) {
        int at = start;
        Token first = words.tokenAt(at);
        if (first != null && first.start() < at && first.end() - at == 1 && first.end() < suffixStart
                && (first.isPersonName() || first.tag().startsWith("v") || first.tag().startsWith("d"))) {
            at = first.end(); // 都在忙|华谊…: one character left over from a word cut at a stop is no part of the name
        }
        while (at < suffixStart) {
            Token token = words.tokenAt(at);
            if (token == null || token.start() != at || token.end() > suffixStart) {
                break;
            }
            String tag = token.tag();
            boolean oneCharFunction = token.word().length() == 1 && (tag.equals("v") || tag.equals("f") || tag.startsWith("p") || tag.startsWith("c"));
            boolean opener = (token.isLongVerb() || oneCharFunction || LEFT_STOP_WORDS.contains(token.word()) && token.end() < suffixStart || tag.equals("ad") || tag.equals("d") || tag.equals("vd") || tag.equals("t"))
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
            if (text.charAt(i) == ')' || text.charAt(i) == Chars.CLOSE_PARENTHESIS) {
                return i;
            }
        }
        return -1;
    }

    /** True when any word of {@code name} is a project ending or a generic word (东方光伏二期, 老城区改造). */
    boolean hasProjectOrGenericWord(String name) {
        for (int at = 0; at < name.length(); at++) {
            if (genericWords.longestStartingAt(name, at) != null || suffixes.longestStartingAt(name, at) != null) {
                return true;
            }
        }
        return false;
    }

    /** True when the stem says nothing specific: only generic words (重点, 一期, 产业), digits and marks. */
    boolean isGeneric(String stem) {
        return isGeneric(stem, 0, new boolean[0]);
    }

    /**
     * As {@link #isGeneric(String)} for a stem starting at {@code offset} in a text whose places are marked in
     * {@code inRegion}: places say where, not what (苏州工业园区项目, 鄂尔多斯市援建项目). A run of Latin letters
     * is specific (LED工业项目).
     */
    private boolean isGeneric(String stem, int offset, boolean[] inRegion) {
        int specific = 0;
        int at = 0;
        Matcher date = DATE.matcher(stem);
        while (at < stem.length()) {
            WordTable.Hit<Boolean> hit = genericWords.longestStartingAt(stem, at);
            WordTable.Hit<Boolean> ending = suffixes.longestStartingAt(stem, at);
            date.region(at, stem.length());
            if (offset + at < inRegion.length && inRegion[offset + at]) {
                at++;
            } else if (date.lookingAt() && date.end() > at) {
                at = date.end(); // 2026年第四季度|招商引资项目: a date says when, not what
            } else if (hit != null || ending != null) {
                at = Math.max(hit == null ? 0 : hit.end(), ending == null ? 0 : ending.end()); // 主题公园|项目: endings alone name nothing
            } else if (isLatin(stem.charAt(at))) {
                while (at < stem.length() && isLatin(stem.charAt(at))) {
                    at++;
                }
                specific += 2;
            } else {
                if (OrganizationFinder.isCjkLetter(stem.charAt(at))) {
                    specific++;
                }
                at++;
            }
        }
        return specific < 2;
    }

    private static boolean isLatin(char c) {
        return c < 128 && Character.isLetter(c);
    }

    /**
     * 参会人员和|项目, 工程质量和|工程, 全县上下抓|项目, 助力|项目, 一些|项目, 开发更多|项目: a stem that ends in a
     * conjunction or a one-character verb, or holds no noun at all (only verbs, adverbs, numbers, pronouns), is a
     * piece of the clause around the word, not a name.
     */
    private static boolean isClauseFragment(Segmentation words, int start, int suffixStart, String ending) {
        Token last = words.tokenAt(suffixStart - 1);
        if (last == null || last.end() != suffixStart) {
            return false;
        }
        String lastTag = last.tag();
        boolean bareEnding = ending.equals(PROJECT) || ending.equals(WORKS);  // 研发及|生产基地 joins two modifiers of one name
        if (bareEnding && lastTag.startsWith("c") || lastTag.startsWith("v") && last.word().length() == 1) {
            return true;
        }
        for (int at = start; at < suffixStart; ) {
            Token token = words.tokenAt(at);
            if (token == null || token.start() != at) {
                return false;
            }
            String tag = token.tag();
            boolean clauseWord = tag.startsWith("v") || tag.startsWith("d") || tag.startsWith("m") || tag.startsWith("r") || tag.startsWith("q");
            if (!clauseWord || tag.equals("vn")) {
                return false;
            }
            at = token.end();
        }
        return true;
    }

    /** 合适项目, 见证项目: a stem of one adjective or verb describes, it does not name. */
    private static boolean isOneDescriptiveWord(Segmentation words, int start, int suffixStart) {
        Token token = words.tokenAt(start);
        if (token == null || token.start() != start || token.end() != suffixStart) {
            return false;
        }
        String tag = token.tag();
        return tag.equals("a") || tag.equals("ad") || tag.equals("an") || tag.equals("v") || tag.equals("vi") || tag.equals("d");
    }

    /** “三个一批”项目: a short stem wholly in quotes is a slogan; a long quoted stem is a proper name. */
    private static boolean isSlogan(String text, int start, int suffixStart) {
        return text.charAt(start) == '“' && text.charAt(suffixStart - 1) == '”' && suffixStart - start - 2 <= 6;
    }

    /** 落户|凤凰现代服务业孵化基地, 位于|X产业园: the name after these verbs is where something is, not a project. */
    private static boolean namesAPlace(String text, int start, int suffixStart) {
        for (String verb : PLACE_VERBS) {
            int inside = text.indexOf(verb, start);
            if (start >= verb.length() && text.startsWith(verb, start - verb.length()) || inside >= 0 && inside < suffixStart) {
                return true;
            }
        }
        return false;
    }

    /** “绿色金融”投资基金项目: a quoted brand right before a stop word belongs to the name. */
    private int withQuotedBrand(String text, int start) {
        WordTable.Hit<Boolean> stop = start > 0 ? leftStops.longestEndingAt(text, start) : null;
        if (stop == null || stop.word().length() < 2) {
            return start;
        }
        int quoteEnd = stop.start();
        if (quoteEnd > 0 && text.charAt(quoteEnd - 1) == '”') {
            int open = text.lastIndexOf('“', quoteEnd - 1);
            if (open >= 0 && quoteEnd - open <= 12) {
                return open;
            }
        }
        return start;
    }

    /** 2011年元月|工程, 30亿|主题公园: a date or sum of money at the start of a stem is not part of the name. */
    private static int skipLeadingDateOrAmount(String text, int start, int suffixStart) {
        java.util.regex.Matcher m = LEADING_DATE_OR_AMOUNT.matcher(text).region(start, suffixStart);
        return m.lookingAt() ? m.end() : start;
    }

    /** Where a count (4个, 两个) lies inside the stem, or -1: 上述两个项目, 滨海新城旧城改造4个项目. */
    private static int countInside(String text, int start, int suffixStart) {
        java.util.regex.Matcher m = COUNT_IN_STEM.matcher(text).region(start, suffixStart);
        return m.find() ? m.start() : -1;
    }

    /** A、B、C4个项目: the items before the count are projects, the last one ending at the count. */
    private void addListBeforeCount(String text, Segmentation words, int start, int countAt, List<ProjectMention> found) {
        if (countAt > start && text.lastIndexOf(Chars.ENUMERATION_COMMA, countAt) >= Math.max(0, start - 40)) {
            int itemStart = text.lastIndexOf(Chars.ENUMERATION_COMMA, countAt) + 1;
            if (countAt - itemStart >= 2 && countAt - itemStart <= 14 && !isGeneric(text.substring(itemStart, countAt))) {
                found.add(new ProjectMention(itemStart, countAt, text.substring(itemStart, countAt)));
            }
        }
    }

    /** 9个高端智能制造项目, 20多个项目, 20个乡镇的油路项目: a count right before the name makes it an aggregate. */
    private static boolean isCounted(String text, int start) {
        if (start > 0 && text.charAt(start - 1) == OF) {
            int from = Math.max(0, start - 10);
            java.util.regex.Matcher counted = COUNT_IN_STEM.matcher(text.substring(from, start - 1));
            while (counted.find()) {
                String between = text.substring(from + counted.end(), start - 1);
                boolean money = between.startsWith(HUNDRED_MILLION) || between.startsWith(TEN_THOUSAND); // 投资80个亿的X: a sum, not a count
                if (!money && between.chars().allMatch(c -> OrganizationFinder.isCjkLetter((char) c))) {
                    return true;
                }
            }
        }
        if (COUNTED_NAME.matcher(text).region(start, Math.min(text.length(), start + 6)).lookingAt()) {
            return true; // the name itself starts with the count: 9个高端智能制造项目, 一条高速生产线
        }
        int at = start;
        while (at > 0 && start - at < 4 && (text.charAt(at - 1) == MEASURE_GE || text.charAt(at - 1) == MORE_THAN || text.charAt(at - 1) == ODD || text.charAt(at - 1) == MEASURE_JIA)) {
            at--;
        }
        return at < start && at > 0 && Character.isDigit(text.charAt(at - 1));
    }

    /** "A、B、C等7个外资项目": the listed names, each a project of the company it is named after. */
    private void addCountedList(String text, Segmentation words, int countStart, List<ProjectMention> found, boolean[] inRegion) {
        int at = countStart;
        while (at > 0 && (Character.isDigit(text.charAt(at - 1)))) {
            at--;
        }
        if (at == 0 || text.charAt(at - 1) != ETC) {
            return;
        }
        addList(text, words, at - 1, found, inRegion);
    }

    /** The items of a list closed by 等 at {@code dengAt}, each one a project. */
    private void addList(String text, Segmentation words, int dengAt, List<ProjectMention> found, boolean[] inRegion) {
        int before = found.size();
        addItems(text, words, dengAt, found, inRegion);
        if (found.size() > before) {
            int first = found.subList(before, found.size()).stream().mapToInt(ProjectMention::start).min().orElseThrow();
            String lead = text.substring(Math.max(0, first - 3), first);
            if (REFERENCE_VERBS.stream().anyMatch(lead::endsWith)) {
                found.subList(before, found.size()).clear(); // 吸收X等项目的运作模式: examples, not projects of the article
            }
        }
    }

    private void addItems(String text, Segmentation words, int dengAt, List<ProjectMention> found, boolean[] inRegion) {
        int itemEnd = dengAt;
        while (itemEnd > 0) {
            int itemStart = itemEnd;
            while (itemStart > 0 && itemEnd - itemStart < 14 && !isPunctuation(text.charAt(itemStart - 1)) && text.charAt(itemStart - 1) != Chars.ENUMERATION_COMMA) {
                itemStart--;
            }
            int separator = itemStart - 1;
            if ((separator < 0 || text.charAt(separator) != Chars.ENUMERATION_COMMA) && addJoinedItems(text, words, itemEnd, found, inRegion)) {
                break; // 由X捐资建设的A和B等基础设施项目
            }
            if (separator < 0 || text.charAt(separator) != Chars.ENUMERATION_COMMA) {
                itemStart = Boundaries.nameStart(text, words, itemEnd, 14);
                itemStart = Math.min(itemEnd, skipLeadingVerbs(words, itemStart, itemEnd)); // 启动建设|LED工业等项目
                java.util.regex.Matcher scale = LEADING_SCALE.matcher(text.substring(Math.max(0, itemStart - 10), itemStart));
                if (scale.find()) {
                    itemStart -= scale.group().length(); // 60万吨|甲醇: the scale is part of the project's name
                }
            }
            String item = text.substring(itemStart, itemEnd);
            if (itemEnd - itemStart >= 2 && !isGeneric(item, itemStart, inRegion) && PLACE_ITEM_ENDINGS.stream().noneMatch(item::endsWith)) {
                found.add(new ProjectMention(itemStart, itemEnd, item));
            }
            if (separator < 0 || text.charAt(separator) != Chars.ENUMERATION_COMMA) {
                break;
            }
            itemEnd = separator;
        }
    }

    /**
     * The first items of a list written "的A和B等…项目": the words between 的 and 等 split at the conjunction 和/及
     * (a word of its own) are the items. Returns false, adding nothing, when the phrase has no such shape.
     */
    private boolean addJoinedItems(String text, Segmentation words, int itemEnd, List<ProjectMention> found, boolean[] inRegion) {
        int de = -1;
        for (int i = itemEnd - 1; i >= 0 && itemEnd - i <= 2 * 16; i--) {
            char c = text.charAt(i);
            if (c == OF) {
                de = i;
                break;
            }
            if (isPunctuation(c) || c == Chars.ENUMERATION_COMMA) {
                return false;
            }
        }
        if (de < 0) {
            return false;
        }
        List<int[]> items = new ArrayList<>();
        int from = de + 1;
        for (int i = from; i < itemEnd; i++) {
            Token token = words.tokenAt(i);
            if (token != null && token.start() == i && (token.word().equals(AND) || token.word().equals(AND_LITERARY))) {
                items.add(new int[] {from, i});
                from = token.end();
            }
        }
        items.add(new int[] {from, itemEnd});
        if (items.size() < 2 || items.stream().anyMatch(r -> r[1] - r[0] < 2 || r[1] - r[0] > 16)) {
            return false;
        }
        for (int[] item : items) {
            if (!isGeneric(text.substring(item[0], item[1]), item[0], inRegion)) {
                found.add(new ProjectMention(item[0], item[1], text.substring(item[0], item[1])));
            }
        }
        return true;
    }

    /** The stem before the ending names a part of a construction (某小区围挡|工程, 调蓄防渗墙|工程). */
    private static boolean namesAPart(String stem) {
        return PROJECT_PARTS.stream().anyMatch(stem::endsWith);
    }

    private static boolean unbalancedQuote(String name) {
        return name.chars().filter(c -> c == '“').count() != name.chars().filter(c -> c == '”').count();
    }

    private static boolean insideBookTitle(String text, int at) {
        for (int i = at - 1; i >= 0 && at - i < 40; i--) {
            char c = text.charAt(i);
            if (c == Chars.CLOSE_TITLE_MARK || c == '\n') {
                return false;
            }
            if (c == Chars.OPEN_TITLE_MARK) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuoted(String text, int start, int end) {
        return start > 0 && end < text.length() && text.charAt(start - 1) == '“' && text.charAt(end) == '”';
    }
}
