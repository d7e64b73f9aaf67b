package com.zhengqi.graph.lexicon;

import java.util.BitSet;

/**
 * An immutable set of characters read from a lexicon, looked up through a bit set so that a test costs what
 * {@code "...".indexOf(c) >= 0} on a literal did, or less.
 */
public final class CharSet {

    private final BitSet members = new BitSet();
    private final String chars;

    private CharSet(String chars) {
        this.chars = chars;
        chars.chars().forEach(members::set);
    }

    /** The set of the UTF-16 units of {@code chars}, which keeps their order for {@link #chars()}. */
    public static CharSet of(String chars) {
        return new CharSet(chars);
    }

    public boolean contains(int c) {
        return c >= 0 && members.get(c);
    }

    /** The members in the order the lexicon lists them. */
    public String chars() {
        return chars;
    }

    /** The members as a regular-expression character class, every member escaped. */
    public String regexClass() {
        StringBuilder out = new StringBuilder("[");
        chars.chars().forEach(c -> out.append("\\x{").append(Integer.toHexString(c)).append('}'));
        return out.append(']').toString();
    }

    @Override
    public String toString() {
        return chars;
    }
}
