package com.zhengqi.graph.registry;

import org.jspecify.annotations.Nullable;

import java.util.Optional;

/**
 * A node label of the graph.
 *
 * @param label   the Neo4j label
 * @param key     the property that identifies a node of this label (unique in the store)
 * @param extraOf the label this one is always worn with ({@code Company} with {@code Organization}), or null
 * @param kind    how a node of this label is drawn, or null when it takes the registry's other kind
 */
public record NodeLabel(String label, String key, @Nullable String extraOf, @Nullable NodeKind kind) {

    /** Whether this label only refines another (it has no table row and no constraint of its own). */
    public boolean isExtra() {
        return extraOf != null;
    }

    public Optional<NodeKind> drawnAs() {
        return Optional.ofNullable(kind);
    }
}
