package com.zhengqi.graph.read;

import com.zhengqi.graph.lexicon.Chars;
import com.zhengqi.graph.lexicon.Lexicon;
import com.zhengqi.graph.lexicon.Terms;
import com.zhengqi.graph.model.ArticleText.Credit;
import com.zhengqi.graph.model.ArticleText.Role;
import com.zhengqi.graph.read.source.PublicationDates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises the lines of a page that describe it rather than tell news, and reads what they say:
 * labelled lines ({@code 发布时间：2011-03-28}, {@code (本文来源：21世纪经济报道作者：赵飞飞 闫艺铭)},
 * {@code 2011年03月28日 10:20 来源：人民网}, {@code 电子邮箱: …}), page headers ({@code 安阳日报 2020年12月8日 星期二 第3版}), a line that is only a
 * newspaper's name, and lines that are only a web address. Labels come from {@code lexicon/page-labels.txt};
 * a source counts as the newspaper only when it ends like a media name ({@code lexicon/media-suffixes.txt}).
 */
final class PageMetadataReader {

    private static final int LONGEST_LABELLED_LINE = 120;
    private static final int LONGEST_HEADER_LINE = 60;
    private static final int LONGEST_NAME_LINE = 8;
    private static final int LONGEST_NEWSPAPER_NAME = 20;
    /** Han characters a line may hold beside a web address and still be only the address. */
    private static final int MOST_HAN_BESIDE_URL = 15;
    private static final Pattern URL = Pattern.compile("(https?://|www\\.)[\\w./?=&%#:~+-]+");
    private static final Terms RULES = Terms.load("rules/read.txt");
    private static final Pattern WEEKDAY_OR_PAGE = RULES.pattern("weekday-or-page");
    /** What may stand before the first label: nothing, or a date and time ("2011年03月28日 10:20 来源：…"). */
    private static final Pattern DATE_TIME = RULES.pattern("date-time");
    private static final Pattern BRACKETS = RULES.pattern("metadata-in-brackets");
    private static final Pattern BRACKET_MARKS = RULES.pattern("bracket-marks");
    private static final String LABEL_COLON = RULES.regex("label-colon");
    private static final String HEADER_SEPARATORS = RULES.regex("header-separators");
    private static final String NEWSPAPER_WORD = RULES.word("newspaper-word");
    private static final Pattern SITE_RECORD = RULES.pattern("site-record");
    private static final Pattern BREADCRUMB = RULES.pattern("breadcrumb");
    private static final Pattern FURNITURE_COUNTER = RULES.pattern("furniture-counter");
    private static final Pattern FURNITURE_FILLER = RULES.pattern("furniture-filler");
    private static final Pattern BREADCRUMB_STEP = RULES.pattern("breadcrumb-step");
    private static final int LONGEST_FURNITURE_LINE = 120;
    /** Han characters a line may hold beside a full date and still only date the page: a column name (| 招商动态 |2016-05-19). */
    static final int MOST_HAN_BESIDE_DATE = 7;

    /** What one metadata line said; each part may be absent. */
    record Found(Optional<String> publishedOn, Optional<String> newspaper, List<Credit> credits) {
        static final Found NOTHING = new Found(Optional.empty(), Optional.empty(), List.of());
    }

    private enum Kind { DATE, SOURCE, AUTHOR, DROP }

    private final Map<String, Kind> labels;
    private final Pattern labelPattern;
    private final List<String> mediaSuffixes;
    private final CreditParser credits;
    private final List<String> furniture;

    /** {@code furniture}: the words of a site's buttons and paging links (打印本页, 下一页), longest first or not. */
    PageMetadataReader(Map<String, String> labels, List<String> mediaSuffixes, List<String> furniture, CreditParser credits) {
        this.labels = labels.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> Kind.valueOf(e.getValue())));
        String alternatives = labels.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
        this.labelPattern = Pattern.compile("(" + alternatives + ")" + LABEL_COLON);
        this.mediaSuffixes = mediaSuffixes.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.credits = credits;
        this.furniture = furniture.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    static PageMetadataReader fromLexicons(CreditParser credits) {
        return new PageMetadataReader(Lexicon.pairs("page-labels.txt"),
                Lexicon.words("media-suffixes.txt"), Lexicon.words("page-furniture.txt"), credits);
    }

    /** What the line says about the page, or empty when the line is not metadata. */
    Optional<Found> read(String line) {
        Optional<Found> labelled = labelled(line);
        if (labelled.isPresent()) {
            return labelled;
        }
        if (isFurniture(line)) {
            return Optional.of(Found.NOTHING);
        }
        if (line.length() <= LONGEST_HEADER_LINE) {
            Optional<PublicationDates.Dated> dated = PublicationDates.locate(line);
            Optional<String> date = dated.map(PublicationDates.Dated::iso);
            if (date.isPresent() && (WEEKDAY_OR_PAGE.matcher(line).find() || newspaperIn(line).isPresent() || onlyDates(line, dated.get()))) {
                return Optional.of(new Found(date, newspaperIn(line), List.of()));
            }
        }
        if (line.length() <= LONGEST_NAME_LINE && Chars.hanCount(line) == line.length() && line.length() > 2 && endsLikePaper(line)) {
            return Optional.of(new Found(Optional.empty(), Optional.of(line), List.of()));
        }
        return onlyAddress(line) ? Optional.of(Found.NOTHING) : Optional.empty();
    }

    private Optional<Found> labelled(String line) {
        Matcher brackets = BRACKETS.matcher(line);
        String inside = (brackets.matches() ? brackets.group(1) : line).strip();
        Matcher label = labelPattern.matcher(inside);
        if (inside.length() > LONGEST_LABELLED_LINE || !label.find() || !DATE_TIME.matcher(inside.substring(0, label.start())).matches()) {
            return Optional.empty();
        }
        List<int[]> spans = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        label.reset();
        while (label.find()) {
            spans.add(new int[] {label.start(), label.end()});
            kinds.add(labels.get(label.group(1)));
        }
        Optional<String> date = Optional.empty();
        Optional<String> newspaper = Optional.empty();
        List<Credit> authors = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int valueEnd = i + 1 < spans.size() ? spans.get(i + 1)[0] : inside.length();
            String value = BRACKET_MARKS.matcher(inside.substring(spans.get(i)[1], valueEnd)).replaceAll(" ").strip();
            switch (kinds.get(i)) {
                case DATE -> date = date.or(() -> PublicationDates.find(value));
                case SOURCE -> {
                    newspaper = newspaper.or(() -> mediaName(value));
                    creditsAfterSource(value).ifPresent(authors::addAll);
                }
                case AUTHOR -> credits.parse(value, Role.REPORTER, false).ifPresent(authors::addAll);
                case DROP -> { }
            }
        }
        if (kinds.getFirst() == Kind.DATE && date.isEmpty()) {
            return Optional.empty();
        }
        date = date.or(() -> PublicationDates.find(inside));
        return Optional.of(new Found(date, newspaper, authors));
    }

    /** 来源：某县融媒体中心 记者：X: the credits written after the source's name, in the same value. */
    private Optional<List<Credit>> creditsAfterSource(String value) {
        int space = value.indexOf(' ');
        String rest = space < 0 ? "" : value.substring(space + 1).strip();
        return !rest.isEmpty() && credits.startsWithRoleWord(rest) ? credits.parse(rest, Role.REPORTER, false) : Optional.empty();
    }

    /** A source value names the newspaper when it ends like a media name: "-新华网" → 新华网. */
    private Optional<String> mediaName(String value) {
        String name = value.replaceFirst("^[-—\\s]+", "").strip();
        int space = name.indexOf(' ');
        if (space > 0) {
            name = name.substring(0, space);
        }
        if (name.isEmpty() || name.length() > LONGEST_NEWSPAPER_NAME || URL.matcher(name).find()) {
            return Optional.empty();
        }
        String candidate = name;
        return mediaSuffixes.stream().anyMatch(candidate::endsWith) && Chars.hanCount(candidate) >= 2 ? Optional.of(candidate) : Optional.empty();
    }

    /** The newspaper named in a page header: the word of the line that ends like a paper. */
    private Optional<String> newspaperIn(String line) {
        for (String word : line.split(HEADER_SEPARATORS)) {
            if (word.length() > 2 && word.length() <= LONGEST_NEWSPAPER_NAME && Chars.hanCount(word) >= 2
                    && !Character.isDigit(word.charAt(word.length() - 1)) && endsLikePaper(word)) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    /** Ends with a newspaper word (日报, 晚报, 经济报道 ...), not merely with 网 or 社 which end many other words. */
    private boolean endsLikePaper(String word) {
        return mediaSuffixes.stream().filter(s -> s.length() >= 2 && s.contains(NEWSPAPER_WORD)).anyMatch(word::endsWith);
    }

    /** A date line: a full date, a time, and at most a column name beside it, but no clause. */
    private static boolean onlyDates(String line, PublicationDates.Dated dated) {
        String rest = line.substring(0, dated.start()) + line.substring(dated.end());
        return Chars.hanCount(rest) <= MOST_HAN_BESIDE_DATE && !Chars.hasClauseMark(rest);
    }

    /**
     * A line of site furniture: copyright and registration lines, a breadcrumb, or nothing but the words of buttons
     * and paging links ({@code 【打印本页】【关闭窗口】}, {@code 共25条记录 首页 上一页 1 2 下一页 尾页}).
     */
    private boolean isFurniture(String line) {
        if (line.length() > LONGEST_FURNITURE_LINE) {
            return false;
        }
        if (SITE_RECORD.matcher(line).find()) {
            return true;
        }
        if (BREADCRUMB.matcher(line).matches() && !Chars.hasClauseMark(line)) {
            String[] steps = BREADCRUMB_STEP.split(line);
            if (steps.length >= 3 || furniture.contains(steps[0].strip())) {
                return true;
            }
        }
        String rest = FURNITURE_COUNTER.matcher(line).replaceAll(" ");
        boolean any = rest.length() != line.length();
        for (String word : furniture) {
            if (rest.contains(word)) {
                any = true;
                rest = rest.replace(word, " ");
            }
        }
        return any && FURNITURE_FILLER.matcher(rest).replaceAll("").isEmpty();
    }

    private static boolean onlyAddress(String line) {
        if (!line.contains("http") && !line.contains("www.")) {
            return false;
        }
        Matcher url = URL.matcher(line);
        return url.find() && Chars.hanCount(url.replaceAll("")) < MOST_HAN_BESIDE_URL;
    }
}
