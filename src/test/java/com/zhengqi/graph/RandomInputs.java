package com.zhengqi.graph;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random inputs for the property tests ({@code *Properties}), drawn from a seeded
 * {@link java.util.Random}: a test runs as a {@code @RepeatedTest} and seeds one of these with its
 * repetition number, so every run draws the same cases and a failure names the repetition that
 * reproduces it. Lengths and characters lean towards the edges (empty, one, the maximum; NUL, lone
 * surrogates, a byte-order mark, line breaks), where readers break, as a property library's
 * generators do.
 */
public final class RandomInputs {

    /** UTF-16 units that break careless text handling; drawn often, not left to one chance in 65,536. */
    private static final String EDGE_CHARS = "\u0000\u0001\t\n\r \u00A0\u2028\u3000\u200B\uFEFF\u202E\uD800\uDBFF\uDC00\uDFFF\uFFFD\uFFFF";

    private final Random random;

    public RandomInputs(long seed) {
        this.random = new Random(seed);
    }

    /** A number in {@code [min, max]}. */
    public int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** A length in {@code [0, max]}, often 0, 1 or {@code max}. */
    public int length(int max) {
        return switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1 -> Math.min(1, max);
            case 2 -> max;
            default -> random.nextInt(max + 1);
        };
    }

    public <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** One of the suppliers, chosen at random, asked for its value. */
    @SafeVarargs
    public final String oneOf(Supplier<String>... generators) {
        return generators[random.nextInt(generators.length)].get();
    }

    /** Any UTF-16 units, lone surrogates and NULs included, up to {@code maxLength} of them. */
    public String anyChars(int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = length(maxLength); i > 0; i--) {
            text.append(random.nextInt(8) == 0 ? EDGE_CHARS.charAt(random.nextInt(EDGE_CHARS.length())) : (char) random.nextInt(0x10000));
        }
        return text.toString();
    }

    /** Units taken from {@code alphabet}, up to {@code maxLength} of them. */
    public String charsFrom(String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = length(maxLength); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** Units in {@code [first, last]}, between {@code minLength} and {@code maxLength} of them. */
    public String charsBetween(char first, char last, int minLength, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = Math.max(minLength, length(maxLength)); i > 0; i--) {
            text.append((char) (first + random.nextInt(last - first + 1)));
        }
        return text.toString();
    }

    /** Up to {@code maxParts} values of {@code part}, joined. */
    public String joined(int maxParts, Supplier<String> part) {
        StringBuilder text = new StringBuilder();
        for (int i = length(maxParts); i > 0; i--) {
            text.append(part.get());
        }
        return text.toString();
    }

    /** Any bytes, up to {@code maxLength} of them. */
    public byte[] bytes(int maxLength) {
        byte[] bytes = new byte[length(maxLength)];
        random.nextBytes(bytes);
        return bytes;
    }
}
