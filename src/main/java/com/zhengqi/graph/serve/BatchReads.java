package com.zhengqi.graph.serve;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One statement for a whole batch of parents (the answer to N+1): the statement receives the
 * parents' keys as {@code $ids} and returns one record per parent that has children, with columns
 * {@code key} and {@code items}. Parents without children get an empty list.
 */
@Component
class BatchReads {

    private final CypherReads reads;

    BatchReads(CypherReads reads) {
        this.reads = reads;
    }

    <S, V> Map<S, List<V>> lists(Collection<S> parents, Function<S, String> key, String cypher,
                                 Map<String, Object> parameters, Function<Value, V> item) {
        Map<String, List<V>> byKey = new HashMap<>();
        if (!parents.isEmpty()) {
            Map<String, Object> params = new HashMap<>(parameters);
            params.put("ids", new ArrayList<>(new LinkedHashSet<>(parents.stream().map(key).toList())));
            for (Value r : reads.list(cypher, params)) {
                byKey.put(r.get("key").asString(), r.get("items").asList(item::apply));
            }
        }
        Map<S, List<V>> result = new LinkedHashMap<>();
        for (S parent : parents) {
            result.put(parent, byKey.getOrDefault(key.apply(parent), List.of()));
        }
        return result;
    }

    /** Like {@link #lists} for a field holding at most one child: the first item, or null. */
    <S, V> Map<S, V> first(Collection<S> parents, Function<S, String> key, String cypher, Function<Value, V> item) {
        Map<S, V> result = new LinkedHashMap<>();
        lists(parents, key, cypher, Map.of(), item).forEach((parent, items) -> result.put(parent, items.isEmpty() ? null : items.getFirst()));
        return result;
    }

    <S, V> Map<S, List<V>> lists(Collection<S> parents, Function<S, String> key, String cypher, Function<Value, V> item) {
        return lists(parents, key, cypher, Map.of(), item);
    }
}
