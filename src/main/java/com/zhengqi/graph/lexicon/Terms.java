package com.zhengqi.graph.lexicon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A lexicon of named entries ({@code name<TAB>value}) that one component decides by: single words, character sets
 * and regular expressions, each named by what it is for. Values are taken as written except that {@code \\uXXXX}
 * stands for one character (for spaces and marks that cannot be seen); a pattern's value goes to the regular
 * expression compiler untouched (it reads the same escape). Asking for a name the file lacks fails naming both.
 */
public final class Terms {

    private final String fileName;
    private final Map<String, String> values = new LinkedHashMap<>();

    private Terms(String fileName) {
        this.fileName = fileName;
        for (Lexicon.Line line : Lexicon.lines(fileName, 2)) {
            if (values.put(line.columns()[0], line.columns()[1]) != null) {
                throw Lexicon.badEntry(fileName, line.number(), "repeats the name " + line.columns()[0]);
            }
        }
    }

    /** Reads {@code fileName} (relative to {@code lexicon/}) once; callers keep what they take from it. */
    public static Terms load(String fileName) {
        return new Terms(fileName);
    }

    /** The value named {@code name}, escapes decoded. */
    public String word(String name) {
        return decode(raw(name));
    }

    /** The value named {@code name}, which must be one character. */
    public char character(String name) {
        String value = word(name);
        if (value.length() != 1) {
            throw new IllegalStateException("lexicon/" + fileName + ": " + name + " must be one character, is '" + value + "'");
        }
        return value.charAt(0);
    }

    /** The characters of the value named {@code name}. */
    public CharSet chars(String name) {
        return CharSet.of(word(name));
    }

    /** The value named {@code name} compiled as a regular expression. */
    public Pattern pattern(String name) {
        return Pattern.compile(raw(name));
    }

    /** The value named {@code name} as written, for patterns built from several entries. */
    public String regex(String name) {
        return raw(name);
    }

    private String raw(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalStateException("lexicon/" + fileName + " has no entry named " + name);
        }
        return value;
    }

    /** {@code value} with every {@code \\uXXXX} replaced by the character it stands for. */
    public static String decode(String value) {
        if (value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 5 < value.length() && value.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(value.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
