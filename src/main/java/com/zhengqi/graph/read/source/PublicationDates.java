package com.zhengqi.graph.read.source;

import com.zhengqi.graph.lexicon.Terms;
import org.jspecify.annotations.Nullable;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads publication dates into ISO dates (yyyy-MM-dd), the two ways they reach the reader: as a metadata value a
 * page or feed gives ({@link #parse}: 2021-05-06T08:00+08:00, 2021/5/6, 2021年5月6日, 20210506), and inside page
 * text ({@link #find}: 2011-03-28, 2021/6/9, 2020.12.08, 2020年12月8日, 二〇二〇年十二月八日); also from file paths and
 * web addresses ({@link #fromAddress}) and, marked as inferred by the caller, from an article's only year and first
 * day ({@link #inferred}). A date without a year ("12月9日") is not read as a publication date on its own.
 */
public final class PublicationDates {

    private static final Terms RULES = Terms.load("rules/read.txt");
    private static final Pattern FIELD_SEPARATED = RULES.pattern("field-date");
    private static final Pattern FIELD_COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");
    private static final Pattern TEXT_DIGITS = RULES.pattern("digit-date");
    private static final Pattern TEXT_NUMERALS = RULES.pattern("numeral-date");
    private static final Pattern TIME_OF_DAY = RULES.pattern("time-of-day");
    private static final Pattern ADDRESS_DATE = RULES.pattern("address-date");
    private static final Pattern TEXT_YEAR = RULES.pattern("text-year");
    private static final Pattern TEXT_MONTH_DAY = RULES.pattern("text-month-day");
    private static final String NUMERAL_DIGITS = RULES.word("numeral-digits");
    private static final char ZERO = NUMERAL_DIGITS.charAt(0);
    private static final char ZERO_VARIANT = RULES.character("numeral-zero-variant");
    private static final char TEN = RULES.character("numeral-ten");
    private static final int LONGEST_FIELD = 200;

    private PublicationDates() {
    }

    /** The ISO date a metadata value states, or null when it states none that exists. */
    static @Nullable String parse(@Nullable String value) {
        if (value == null || value.length() > LONGEST_FIELD) {
            return null;
        }
        for (Pattern pattern : new Pattern[]{FIELD_SEPARATED, FIELD_COMPACT}) {
            Matcher m = pattern.matcher(value);
            if (m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).toString();
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The date a file path or web address files its page under (/2019-12/05/, content_20191205), or empty. */
    public static Optional<String> fromAddress(@Nullable String address) {
        if (address == null) {
            return Optional.empty();
        }
        Matcher m = ADDRESS_DATE.matcher(address);
        while (m.find()) {
            Optional<String> date = iso(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    /**
     * The date of an article that states none, inferred from its text: the year is the only one the text names
     * (2019年; none, or two different years, and nothing is inferred), the month and day the first the text names
     * (12月3日, the day of the news, which papers print within days). Empty when either is missing.
     */
    public static Optional<String> inferred(String text) {
        Matcher years = TEXT_YEAR.matcher(text);
        String year = null;
        while (years.find()) {
            if (year != null && !year.equals(years.group(1))) {
                return Optional.empty();
            }
            year = years.group(1);
        }
        Matcher day = TEXT_MONTH_DAY.matcher(text);
        if (year == null || !day.find()) {
            return Optional.empty();
        }
        return iso(Integer.parseInt(year), Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)));
    }

    /** The first full date in page text that exists, or empty. */
    public static Optional<String> find(String text) {
        return locate(text).map(Dated::iso);
    }

    /** A date found in text: its ISO form and where it is written, a time of day after it included. */
    public record Dated(String iso, int start, int end) {
    }

    /** The first full date in page text that exists (digit forms before numeral forms), with its place, or empty. */
    public static Optional<Dated> locate(String text) {
        Matcher digits = TEXT_DIGITS.matcher(text);
        while (digits.find()) {
            Optional<String> date = iso(Integer.parseInt(digits.group(1)), Integer.parseInt(digits.group(2)), Integer.parseInt(digits.group(3)));
            if (date.isPresent()) {
                return Optional.of(new Dated(date.get(), digits.start(), timeEnd(text, digits.end())));
            }
        }
        Matcher numerals = TEXT_NUMERALS.matcher(text);
        while (numerals.find()) {
            Optional<String> date = iso(numeralYear(numerals.group(1)), numeralNumber(numerals.group(2)), numeralNumber(numerals.group(3)));
            if (date.isPresent()) {
                return Optional.of(new Dated(date.get(), numerals.start(), timeEnd(text, numerals.end())));
            }
        }
        return Optional.empty();
    }

    /** Where a time of day written after a date ends (10:20, 15:13:15), or {@code from} when none follows. */
    private static int timeEnd(String text, int from) {
        Matcher time = TIME_OF_DAY.matcher(text).region(from, text.length());
        return time.lookingAt() ? time.end() : from;
    }

    private static Optional<String> iso(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int numeralYear(String digits) {
        int year = 0;
        for (char c : digits.toCharArray()) {
            year = year * 10 + Math.max(0, NUMERAL_DIGITS.indexOf(c == ZERO_VARIANT ? ZERO : c));
        }
        return year;
    }

    /** 一 … 九, 十, 十二, 二十, 二十八, 三十一. */
    private static int numeralNumber(String text) {
        int ten = text.indexOf(TEN);
        if (ten < 0) {
            return NUMERAL_DIGITS.indexOf(text.charAt(0));
        }
        int tens = ten == 0 ? 1 : NUMERAL_DIGITS.indexOf(text.charAt(0));
        int units = ten == text.length() - 1 ? 0 : NUMERAL_DIGITS.indexOf(text.charAt(ten + 1));
        return tens * 10 + units;
    }
}
