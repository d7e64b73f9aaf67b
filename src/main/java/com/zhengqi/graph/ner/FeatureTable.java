package com.zhengqi.graph.ner;

/**
 * Feature string → row number, stored as 64-bit hashes in open-addressed primitive arrays. The
 * tagger looks up about a thousand features per sentence; a {@code HashMap<String, Integer>} of
 * half a million entries spent most of the tagging time chasing pointers. Two different
 * features with the same 64-bit hash are refused when the table is built. Read-only after
 * building, so safe to share between threads.
 */
final class FeatureTable {

    private static final long EMPTY = 0L;

    private final long[] keys;
    private final int[] rows;
    private final int mask;
    private int size;

    FeatureTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        rows = new int[capacity];
        mask = capacity - 1;
    }

    /** Adds {@code feature} as {@code row}. */
    void put(String feature, int row) {
        long key = hash(feature);
        int slot = slot(key);
        if (keys[slot] == key) {
            throw new IllegalStateException("feature \"" + feature + "\" is already in the table or shares its 64-bit hash");
        }
        if (size + 1 > keys.length / 2) {
            throw new IllegalStateException("feature table is full: " + size + " features");
        }
        keys[slot] = key;
        rows[slot] = row;
        size++;
    }

    /** The row of {@code feature}, or -1. */
    int get(String feature) {
        long key = hash(feature);
        int slot = slot(key);
        return keys[slot] == key ? rows[slot] : -1;
    }

    int size() {
        return size;
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slot(long key) {
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** 64-bit FNV-1a over the characters, then MurmurHash3's finaliser; never {@link #EMPTY}. */
    static long hash(String feature) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < feature.length(); i++) {
            h ^= feature.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == EMPTY ? 1L : h;
    }

    @Override
    public String toString() {
        return "FeatureTable[" + size + " of " + keys.length + "]";
    }
}
