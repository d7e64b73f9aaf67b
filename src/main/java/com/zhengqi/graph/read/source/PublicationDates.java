package com.zhengqi.graph.read.source;

import org.jspecify.annotations.Nullable;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a date as pages and feeds write it (2021-05-06T08:00+08:00, 2021/5/6, 2021年5月6日, 20210506) into an ISO date. */
final class PublicationDates {

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
    private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(\\d{4})(\\d{2})(\\d{2})(?!\\d)");

    private PublicationDates() {
    }

    /** The ISO date (yyyy-MM-dd) the value states, or null when it states none that exists. */
    static @Nullable String parse(@Nullable String value) {
        if (value == null || value.length() > 200) {
            return null;
        }
        for (Pattern pattern : new Pattern[]{SEPARATED, COMPACT}) {
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
}
