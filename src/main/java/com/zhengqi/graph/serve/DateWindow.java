package com.zhengqi.graph.serve;

import java.util.List;

/**
 * The days a client asks about ({@code from:}, {@code to:}, ISO, either open). A dated fact counts when what it
 * states (its {@code date} to its {@code dateEnd}) overlaps the window; with a bound given, an undated fact does not.
 */
record DateWindow(String from, String to) {

    /** The window of the arguments {@code from} and {@code to}; a bad date or a window ending before it starts is a bad argument. */
    static DateWindow of(String from, String to) {
        DateWindow window = new DateWindow(Arguments.isoDate("from", from), Arguments.isoDate("to", to));
        if (window.from != null && window.to != null && window.to.compareTo(window.from) < 0) {
            throw ApiException.badArgument("to", "must not be before from (" + window.from + ")");
        }
        return window;
    }

    boolean isOpen() {
        return from == null && to == null;
    }

    /** ISO days compare as text. */
    boolean overlaps(String date, String dateEnd) {
        if (isOpen()) {
            return true;
        }
        if (date == null) {
            return false;
        }
        String last = dateEnd == null ? date : dateEnd;
        return (from == null || last.compareTo(from) >= 0) && (to == null || date.compareTo(to) <= 0);
    }

    <T extends Dated> List<T> keep(List<T> facts) {
        return isOpen() || facts == null ? facts : facts.stream().filter(f -> overlaps(f.date(), f.dateEnd())).toList();
    }
}
