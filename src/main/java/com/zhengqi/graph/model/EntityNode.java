package com.zhengqi.graph.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entity of one article as the relate stage builds it: one per (label, name), id n1, n2, ... in order of first
 * use, its properties (never a null value), and how often and first where the article names it.
 */
public final class EntityNode {

    private final String id;
    private final List<String> labels;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private int mentions;
    private int[] firstEvidence;

    EntityNode(String id, List<String> labels) {
        this.id = id;
        this.labels = List.copyOf(labels);
    }

    public String id() {
        return id;
    }

    public List<String> labels() {
        return labels;
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    public Object property(String key) {
        return properties.get(key);
    }

    /** Adds the properties this node lacks; a first reading wins over later ones. */
    public void addMissing(Map<String, Object> more) {
        more.forEach((key, value) -> {
            if (value != null) {
                properties.putIfAbsent(key, value);
            }
        });
    }

    /** Sets a property even when the node has one (a later, better reading); null removes it. */
    public void replace(String key, Object value) {
        if (value == null) {
            properties.remove(key);
        } else {
            properties.put(key, value);
        }
    }

    public int mentions() {
        return mentions;
    }

    void mentioned() {
        mentions++;
    }

    /** The first sentence naming the entity, {@code [start, end)}, or null when no annotator recorded one. */
    public int[] firstEvidence() {
        return firstEvidence == null ? null : firstEvidence.clone();
    }

    /** True once {@link #seenIn} has recorded where the entity is first named. */
    public boolean isSeen() {
        return firstEvidence != null;
    }

    /** Records where the entity is first named; later calls change nothing. */
    public void seenIn(int start, int end) {
        if (firstEvidence == null) {
            firstEvidence = new int[]{start, end};
        }
    }
}
