package com.zhengqi.graph.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a full calendar date (with the year) written the ways Chinese pages write it:
 * {@code 2011-03-28}, {@code 2021/6/9}, {@code 2020.12.08}, {@code 2020年12月8日}, {@code 二〇二〇年十二月八日}.
 * Dates without a year ("12月9日") are not publication dates and are not read.
 */
final class PublicationDates {

    private static final Pattern DIGITS = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?![0-9])");
    private static final Pattern CHINESE = Pattern.compile("([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日");
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

    private PublicationDates() {
    }

    /** The first full date in the text as ISO yyyy-MM-dd, or empty. */
    static Optional<String> find(String text) {
        Matcher digits = DIGITS.matcher(text);
        while (digits.find()) {
            Optional<String> date = iso(Integer.parseInt(digits.group(1)), Integer.parseInt(digits.group(2)), Integer.parseInt(digits.group(3)));
            if (date.isPresent()) {
                return date;
            }
        }
        Matcher chinese = CHINESE.matcher(text);
        while (chinese.find()) {
            Optional<String> date = iso(chineseYear(chinese.group(1)), chineseNumber(chinese.group(2)), chineseNumber(chinese.group(3)));
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> iso(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static int chineseYear(String digits) {
        int year = 0;
        for (char c : digits.toCharArray()) {
            year = year * 10 + Math.max(0, CHINESE_DIGITS.indexOf(c == '零' ? '〇' : c));
        }
        return year;
    }

    /** 一 … 九, 十, 十二, 二十, 二十八, 三十一. */
    private static int chineseNumber(String text) {
        int ten = text.indexOf('十');
        if (ten < 0) {
            return CHINESE_DIGITS.indexOf(text.charAt(0));
        }
        int tens = ten == 0 ? 1 : CHINESE_DIGITS.indexOf(text.charAt(0));
        int units = ten == text.length() - 1 ? 0 : CHINESE_DIGITS.indexOf(text.charAt(ten + 1));
        return tens * 10 + units;
    }
}
