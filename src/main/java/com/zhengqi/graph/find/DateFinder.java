package com.zhengqi.graph.find;

import com.zhengqi.graph.lexicon.Lexicon;
import com.zhengqi.graph.lexicon.Terms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in text, absolute (2019年12月1日, 2019-12-01, 2019.12.1, 12月1日至4日, 12月上旬, 一季度, 2019年) and relative to
 * the article's date (昨日, 今年, 上月, 日前 as "on or before"), each resolved to a {@link StatedDate}. A date without
 * its year takes the year that puts it nearest the article's date; in an undated article, the year of the first full
 * date the text writes. Patterns are in {@code lexicon/rules/dates.txt}, relative words in {@code lexicon/date-words.txt}.
 */
public final class DateFinder {
    private static final Terms RULES = Terms.load("rules/dates.txt");
    private static final Pattern DAY = RULES.pattern("day");
    private static final Pattern NUMERIC_DAY = RULES.pattern("numeric-day");
    private static final Pattern RELATIVE_MONTH_DAY = RULES.pattern("relative-month-day");
    private static final Pattern MONTH = RULES.pattern("month");
    private static final Pattern QUARTER = RULES.pattern("quarter");
    private static final Pattern YEAR_PART = RULES.pattern("year-part");
    private static final Pattern YEAR = RULES.pattern("year");
    private static final String QUARTER_WORDS = RULES.word("quarter-words");
    private static final String EARLY_MONTH = RULES.word("early-month");
    private static final String MID_MONTH = RULES.word("mid-month");
    private static final String LATE_MONTH = RULES.word("late-month");
    private static final String MONTH_START = RULES.word("month-start");
    private static final String MONTH_END = RULES.word("month-end");
    private static final String YEAR_START = RULES.word("year-start");
    private static final List<Pattern> FORMS = List.of(DAY, NUMERIC_DAY, RELATIVE_MONTH_DAY, MONTH, QUARTER, YEAR_PART, YEAR);
    private static final Map<String, Shift> RELATIVE = relativeWords();

    /** A relative word's move from the article's date: {@code unit} DAY, MONTH, YEAR or BEFORE. */
    private record Shift(String unit, int offset) {
    }

    /** A span one form matched, before overlaps are settled. */
    private record Candidate(int start, int end, Pattern form, Matcher match, Shift shift) {
        int length() {
            return end - start;
        }
    }

    private static Map<String, Shift> relativeWords() {
        Map<String, Shift> words = new LinkedHashMap<>();
        for (Lexicon.Line line : Lexicon.lines("date-words.txt", 3)) {
            words.put(line.columns()[0], new Shift(line.columns()[1], Integer.parseInt(line.columns()[2])));
        }
        return Map.copyOf(words);
    }

    /**
     * Every date written in {@code text}, in order, none overlapping (the longest wins at one place).
     *
     * @param published the article's date, or null when nothing states it
     */
    public List<DateMention> find(String text, LocalDate published) {
        List<Candidate> chosen = settle(candidates(text));
        Integer textYear = published == null ? firstFullYear(chosen) : null;
        List<DateMention> found = new ArrayList<>();
        for (Candidate c : chosen) {
            StatedDate value;
            try {
                value = resolve(c, published, textYear);
            } catch (DateTimeException | NumberFormatException impossible) {
                value = null; // 2月30日: written, but no day of the calendar
            }
            found.add(new DateMention(c.start(), c.end(), text.substring(c.start(), c.end()), value));
        }
        return found;
    }

    private static List<Candidate> candidates(String text) {
        List<Candidate> all = new ArrayList<>();
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(text);
            while (m.find()) {
                Matcher match = form.matcher(text);
                match.region(m.start(), m.end());
                match.lookingAt();
                all.add(new Candidate(m.start(), m.end(), form, match, null));
            }
        }
        RELATIVE.forEach((word, shift) -> {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                all.add(new Candidate(at, at + word.length(), null, null, shift));
            }
        });
        return all;
    }

    /** Earliest first, the longest at one start; a candidate overlapping one already taken is dropped. */
    private static List<Candidate> settle(List<Candidate> all) {
        all.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(c -> -c.length()));
        List<Candidate> kept = new ArrayList<>();
        int end = -1;
        for (Candidate c : all) {
            if (c.start() >= end) {
                kept.add(c);
                end = c.end();
            }
        }
        return kept;
    }

    /** The year of the first date the text writes in full (2019年12月1日, 2019-12-01), or null. */
    private static Integer firstFullYear(List<Candidate> chosen) {
        for (Candidate c : chosen) {
            if ((c.form() == DAY || c.form() == NUMERIC_DAY) && c.match().group("y") != null) {
                return Integer.parseInt(c.match().group("y"));
            }
        }
        return null;
    }

    private static StatedDate resolve(Candidate c, LocalDate published, Integer textYear) {
        if (c.shift() != null) {
            return relative(c.shift(), published);
        }
        Matcher m = c.match();
        if (c.form() == YEAR) {
            int year = Integer.parseInt(m.group("y"));
            return StatedDate.span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), StatedDate.Precision.YEAR);
        }
        if (c.form() == YEAR_PART) {
            return yearPart(m, published, textYear);
        }
        if (c.form() == RELATIVE_MONTH_DAY) {
            if (published == null) {
                return null;
            }
            YearMonth month = YearMonth.from(published).plusMonths(RELATIVE.get(m.group("rm")).offset());
            return StatedDate.day(month.atDay(Integer.parseInt(m.group("d"))));
        }
        YearChoice year = yearOf(m, published, textYear);
        if (year == null) {
            return null;
        }
        if (c.form() == DAY || c.form() == NUMERIC_DAY) {
            return day(m, year, published);
        }
        if (c.form() == QUARTER) {
            String q = m.group("q");
            int quarter = Character.isDigit(q.charAt(0)) ? Integer.parseInt(q) : QUARTER_WORDS.indexOf(q) + 1;
            YearMonth first = YearMonth.of(year.near(published, (quarter - 1) * 3 + 1), (quarter - 1) * 3 + 1);
            return StatedDate.span(first.atDay(1), first.plusMonths(2).atEndOfMonth(), StatedDate.Precision.QUARTER);
        }
        return month(m, year, published);
    }

    /**
     * 年初 as the year's first quarter, 年底/年末 as its last. Without a written year it is the article's year (or the
     * text's), never the nearest one: 年底前建成 in a January article means the coming December.
     */
    private static StatedDate yearPart(Matcher m, LocalDate published, Integer textYear) {
        Integer year;
        if (m.group("y") != null) {
            year = Integer.parseInt(m.group("y"));
        } else if (m.group("ry") != null) {
            year = published == null ? null : published.getYear() + RELATIVE.get(m.group("ry")).offset();
        } else {
            year = published == null ? textYear : Integer.valueOf(published.getYear());
        }
        if (year == null) {
            return null;
        }
        YearMonth first = YearMonth.of(year, m.group("part").equals(YEAR_START) ? 1 : 10);
        return StatedDate.span(first.atDay(1), first.plusMonths(2).atEndOfMonth(), StatedDate.Precision.QUARTER);
    }

    private static StatedDate day(Matcher m, YearChoice year, LocalDate published) {
        int month = Integer.parseInt(m.group("m"));
        LocalDate first = LocalDate.of(year.near(published, month), month, Integer.parseInt(m.group("d")));
        if (m.pattern() == DAY && m.group("d2") != null) {
            int endMonth = m.group("m2") == null ? month : Integer.parseInt(m.group("m2"));
            LocalDate last = LocalDate.of(first.getYear(), endMonth, Integer.parseInt(m.group("d2")));
            if (last.isBefore(first)) {
                last = last.plusYears(1); // 12月30日至1月2日
            }
            return StatedDate.span(first, last, StatedDate.Precision.DAY);
        }
        return StatedDate.day(first);
    }

    private static StatedDate month(Matcher m, YearChoice year, LocalDate published) {
        if (m.group("m2") != null) {
            // a run of months (1至8月) is a period reported on: the year that puts its end nearest the article
            int to = Integer.parseInt(m.group("m2"));
            YearMonth last = YearMonth.of(year.near(published, to), to);
            return StatedDate.span(YearMonth.of(last.getYear(), Integer.parseInt(m.group("m"))).atDay(1), last.atEndOfMonth(),
                    StatedDate.Precision.MONTH);
        }
        int number = Integer.parseInt(m.group("m1"));
        YearMonth month = YearMonth.of(year.near(published, number), number);
        String part = m.group("xun");
        if (part == null) {
            return StatedDate.span(month.atDay(1), month.atEndOfMonth(), StatedDate.Precision.MONTH);
        }
        if (part.equals(EARLY_MONTH) || part.equals(MONTH_START)) {
            return StatedDate.span(month.atDay(1), month.atDay(10), StatedDate.Precision.DAY);
        }
        if (part.equals(MID_MONTH)) {
            return StatedDate.span(month.atDay(11), month.atDay(20), StatedDate.Precision.DAY);
        }
        if (part.equals(LATE_MONTH) || MONTH_END.contains(part)) {
            return StatedDate.span(month.atDay(21), month.atEndOfMonth(), StatedDate.Precision.DAY);
        }
        return StatedDate.span(month.atDay(1), month.atEndOfMonth(), StatedDate.Precision.MONTH);
    }

    private static StatedDate relative(Shift shift, LocalDate published) {
        if (published == null) {
            return null;
        }
        return switch (shift.unit()) {
            case "DAY" -> StatedDate.day(published.plusDays(shift.offset()));
            case "MONTH" -> {
                YearMonth month = YearMonth.from(published).plusMonths(shift.offset());
                yield StatedDate.span(month.atDay(1), month.atEndOfMonth(), StatedDate.Precision.MONTH);
            }
            case "YEAR" -> {
                int year = published.getYear() + shift.offset();
                yield StatedDate.span(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), StatedDate.Precision.YEAR);
            }
            default -> StatedDate.onOrBefore(published);
        };
    }

    /**
     * The year of a date: written (2019年, 今年) or left to the article; {@code implicit} when the text leaves it out,
     * then the year nearest the article's date is taken.
     */
    private record YearChoice(int year, boolean implicit) {
        int near(LocalDate published, int month) {
            if (!implicit || published == null) {
                return year;
            }
            int best = year;
            long bestDistance = Long.MAX_VALUE;
            for (int candidate = year - 1; candidate <= year + 1; candidate++) {
                long distance = Math.abs(ChronoUnit.DAYS.between(published, LocalDate.of(candidate, month, 15)));
                if (distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            return best;
        }
    }

    private static YearChoice yearOf(Matcher m, LocalDate published, Integer textYear) {
        if (m.group("y") != null) {
            return new YearChoice(Integer.parseInt(m.group("y")), false);
        }
        String relative = m.pattern() == NUMERIC_DAY ? null : m.group("ry");
        if (relative != null) {
            return published == null ? null : new YearChoice(published.getYear() + RELATIVE.get(relative).offset(), false);
        }
        if (published != null) {
            return new YearChoice(published.getYear(), true);
        }
        return textYear == null ? null : new YearChoice(textYear, false);
    }

    /** The article's date, or null when the page states none (or states it in a form that is no ISO date). */
    public static LocalDate articleDate(String publishedOn) {
        if (publishedOn == null || publishedOn.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(publishedOn.substring(0, 10));
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
