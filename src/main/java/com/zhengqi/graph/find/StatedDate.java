package com.zhengqi.graph.find;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When a text says something happened: the first day of what it states ({@code date}), the last day when it states
 * more than one day ({@code dateEnd}: a range, a month, a quarter, a year), how precisely it states it, and whether it
 * says only "on or before" that day (日前: recently, before the article).
 */
public record StatedDate(LocalDate date, LocalDate dateEnd, Precision precision, boolean onOrBefore) {

    /** How precisely the text states the date. */
    public enum Precision { DAY, MONTH, QUARTER, YEAR }

    public StatedDate {
        if (dateEnd != null && !dateEnd.isAfter(date)) {
            dateEnd = null;
        }
    }

    static StatedDate day(LocalDate day) {
        return new StatedDate(day, null, Precision.DAY, false);
    }

    static StatedDate span(LocalDate first, LocalDate last, Precision precision) {
        return new StatedDate(first, last, precision, false);
    }

    /** On or before {@code day}: what 日前 and 近日 say, and what an undated headline event says of its article's date. */
    public static StatedDate onOrBefore(LocalDate day) {
        return new StatedDate(day, null, Precision.DAY, true);
    }

    /**
     * The graph properties of this date, each name prefixed ({@code date}, {@code datePrecision}, {@code dateEnd},
     * {@code dateOnOrBefore}; with prefix {@code status}: {@code statusDate}, ...).
     */
    public Map<String, Object> properties(String prefix) {
        Map<String, Object> properties = new LinkedHashMap<>();
        String base = prefix.isEmpty() ? "date" : prefix + "Date";
        properties.put(base, date.toString());
        properties.put(base + "Precision", precision.name());
        if (dateEnd != null) {
            properties.put(base + "End", dateEnd.toString());
        }
        if (onOrBefore) {
            properties.put(base + "OnOrBefore", true);
        }
        return properties;
    }
}
