package com.zhengqi.graph.store;

import java.util.regex.Pattern;

/**
 * Labels and relationship types spliced into statements. They cannot be parameters where an index
 * lookup is wanted; they come from the extractor, never from a user, and are still checked against
 * these shapes before they reach a statement.
 */
final class CypherNames {

    private static final Pattern LABEL = Pattern.compile("[A-Z][A-Za-z]{0,40}");
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z_]{0,40}");

    private CypherNames() {
    }

    static String label(String name) {
        return checked(name, LABEL);
    }

    static String type(String name) {
        return checked(name, TYPE);
    }

    /** The property a label's nodes are keyed on: {@code name} for industries, {@code id} for everything else. */
    static String keyProperty(String label) {
        return "Industry".equals(label) ? "name" : "id";
    }

    private static String checked(String name, Pattern shape) {
        if (!shape.matcher(name).matches()) {
            throw new IllegalArgumentException("not a valid label or relationship type: " + name);
        }
        return name;
    }
}
