package com.zhengqi.graph.store;

import com.zhengqi.graph.registry.GraphRegistry;
import com.zhengqi.graph.registry.RelationshipType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How each relationship type is written, as the registry (graph/registry.json) says. Facts about
 * the world (a post, a region's parent, an investment, a location) are one relationship however
 * many articles state them, with every article's id and sentence in {@code articleIds}/{@code evidences}
 * and the first and last dates it was reported in {@code firstSeen}/{@code lastSeen}. Events and
 * article links (VISITED, REPORTED, MENTIONS, FOR_REGION) are one relationship per article.
 */
final class RelationshipPolicy {

    /** Merged types and the property that tells two of them apart between the same nodes ("" for none). */
    private static final Map<String, String> MERGED = merged(GraphRegistry.standard());

    private RelationshipPolicy() {
    }

    static boolean merged(String type) {
        return MERGED.containsKey(type);
    }

    /** The distinguishing property of a merged type, if it has one. */
    static Optional<String> key(String type) {
        String key = MERGED.get(type);
        return key == null || key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    /** Merged types with their distinguishing property, as a Cypher parameter. */
    static Map<String, String> mergedTypes() {
        return MERGED;
    }

    private static Map<String, String> merged(GraphRegistry registry) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (RelationshipType type : registry.relationshipTypes(RelationshipType::isFact)) {
            merged.put(type.type(), type.distinguishingProperty().orElse(""));
        }
        return Map.copyOf(merged);
    }
}
