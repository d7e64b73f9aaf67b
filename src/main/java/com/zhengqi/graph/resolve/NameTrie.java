package com.zhengqi.graph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A character trie over a fixed set of names that reports every name occurring in a text with its offsets.
 * Transitions live in one open-addressing table of primitive longs, so building it over the 45,000 names of
 * the gazetteer takes milliseconds (HanLP's Aho-Corasick double-array trie took most of a second) and a scan
 * costs a few table probes per character: from each position the walk stops as soon as no name continues.
 * Not thread-safe while names are added; read-only and shareable afterwards.
 *
 * @param <V> what a name stands for
 */
final class NameTrie<V> {

    /** Receives one name found in a text, {@code [start, end)}. */
    @FunctionalInterface
    interface Match<V> {
        void found(int start, int end, V value);
    }

    private static final long EMPTY = -1L;
    private static final int ROOT = 0;

    /** Transitions out of the root, indexed by character: the walk from every position of a text starts here. */
    private final int[] rootTargets = new int[Character.MAX_VALUE + 1];
    private long[] keys = new long[1 << 10];
    private int[] targets = new int[1 << 10];
    private int shift = Long.SIZE - 10;
    private int transitions;
    private final List<V> values = new ArrayList<>();

    NameTrie() {
        Arrays.fill(rootTargets, -1);
        Arrays.fill(keys, EMPTY);
        values.add(null);
    }

    /** Adds {@code name}, replacing the value of a name added before. */
    void put(String name, V value) {
        int state = ROOT;
        for (int i = 0; i < name.length(); i++) {
            int next = next(state, name.charAt(i));
            if (next < 0) {
                next = values.size();
                values.add(null);
                if (state == ROOT) {
                    rootTargets[name.charAt(i)] = next;
                } else {
                    insert(key(state, name.charAt(i)), next);
                }
            }
            state = next;
        }
        values.set(state, value);
    }

    /** Calls {@code match} for every occurrence of every name in {@code text}, by start, then by length. */
    void scan(CharSequence text, Match<V> match) {
        for (int start = 0; start < text.length(); start++) {
            int state = ROOT;
            for (int end = start; end < text.length(); end++) {
                state = next(state, text.charAt(end));
                if (state < 0) {
                    break;
                }
                V value = values.get(state);
                if (value != null) {
                    match.found(start, end + 1, value);
                }
            }
        }
    }

    private int next(int state, char c) {
        if (state == ROOT) {
            return rootTargets[c];
        }
        long key = key(state, c);
        int mask = keys.length - 1;
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                return targets[slot];
            }
            if (keys[slot] == EMPTY) {
                return -1;
            }
        }
    }

    private void insert(long key, int target) {
        if ((transitions + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = slot(key);
        while (keys[slot] != EMPTY) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        targets[slot] = target;
        transitions++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldTargets = targets;
        keys = new long[oldKeys.length * 2];
        targets = new int[oldKeys.length * 2];
        shift--;
        Arrays.fill(keys, EMPTY);
        transitions = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                insert(oldKeys[i], oldTargets[i]);
            }
        }
    }

    private static long key(int state, char c) {
        return ((long) state << 16) | c;
    }

    /** Fibonacci hashing: the top bits of the product depend on every bit of the key. */
    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }
}
