package com.zhengqi.graph.serve;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Batching for child fields that take arguments ({@code Region.officials(title:)}): data-loader keys
 * carry the arguments, keys with the same arguments share one statement. Within one request they
 * nearly always do, so the cost stays one statement per field.
 */
final class ArgumentBatches {

    private ArgumentBatches() {
    }

    /**
     * @param arguments what a key asks besides its parent (keys with equal arguments go together)
     * @param load      loads one group: arguments and its keys → value per key
     */
    static <K, A, V> Map<K, V> load(Set<K> keys, Function<K, A> arguments, BiFunction<A, List<K>, Map<K, V>> load) {
        Map<A, List<K>> groups = new LinkedHashMap<>();
        for (K key : keys) {
            groups.computeIfAbsent(arguments.apply(key), a -> new java.util.ArrayList<>()).add(key);
        }
        Map<K, V> result = new HashMap<>();
        groups.forEach((a, group) -> result.putAll(load.apply(a, group)));
        return result;
    }
}
