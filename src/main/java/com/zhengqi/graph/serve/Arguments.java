package com.zhengqi.graph.serve;

import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Checks of argument values, each failure naming the argument (see {@link ApiException#badArgument}). */
@Component
class Arguments {

    private final int maxPageSize;

    Arguments(ApiProperties properties) {
        this.maxPageSize = properties.maxPageSize();
    }

    /** A page size {@code first} between 0 and the configured maximum. */
    int first(int first) {
        return between("first", first, 0, maxPageSize);
    }

    static int between(String argument, int value, int min, int max) {
        if (value < min || value > max) {
            throw ApiException.badArgument(argument, "must be between " + min + " and " + max + " (got " + value + ")");
        }
        return value;
    }

    static String notBlank(String argument, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badArgument(argument, "must not be empty");
        }
        return value.strip();
    }

    /** An ISO date (yyyy-MM-dd) or null. */
    static String isoDate(String argument, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).toString();
        } catch (DateTimeParseException e) {
            throw ApiException.badArgument(argument, "must be an ISO date like 2020-12-15 (got \"" + value + "\")");
        }
    }
}
