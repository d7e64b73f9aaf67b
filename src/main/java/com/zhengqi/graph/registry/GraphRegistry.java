package com.zhengqi.graph.registry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The node labels and relationship types of the graph, from {@value #RESOURCE}: the one place a new
 * label or type is added. Immutable; {@link #standard()} reads the bundled file once per JVM.
 */
public final class GraphRegistry {

    public static final String RESOURCE = "graph/registry.json";

    private final List<NodeLabel> labels;
    private final NodeKind otherKind;
    private final Map<String, RelationshipType> types;

    GraphRegistry(List<NodeLabel> labels, NodeKind otherKind, List<RelationshipType> types) {
        this.labels = List.copyOf(labels);
        this.otherKind = otherKind;
        Map<String, RelationshipType> byName = new LinkedHashMap<>();
        types.forEach(t -> byName.put(t.type(), t));
        this.types = byName;
    }

    /** The registry bundled in the jar. */
    public static GraphRegistry standard() {
        return Holder.STANDARD;
    }

    /** Every label, in the order a node's kind is picked by. */
    public List<NodeLabel> labels() {
        return labels;
    }

    /** Every relationship type, in the order of the explorer's legend. */
    public List<RelationshipType> relationshipTypes() {
        return List.copyOf(types.values());
    }

    public List<RelationshipType> relationshipTypes(Predicate<RelationshipType> which) {
        return types.values().stream().filter(which).toList();
    }

    public Optional<RelationshipType> find(String type) {
        return Optional.ofNullable(types.get(type));
    }

    /** The type of that name; an unknown name is a programming error. */
    public RelationshipType type(String type) {
        return find(type).orElseThrow(() -> new IllegalArgumentException("not a relationship type of " + RESOURCE + ": " + type));
    }

    public Optional<NodeLabel> label(String label) {
        return labels.stream().filter(l -> l.label().equals(label)).findFirst();
    }

    /** How a node with these labels is drawn: the kind of the first registry label it carries that has one. */
    public NodeKind kindOf(List<String> nodeLabels) {
        return labels.stream().filter(l -> l.kind() != null && nodeLabels.contains(l.label()))
                .map(NodeLabel::kind).findFirst().orElse(otherKind);
    }

    /** The kind of a node that carries no label with a kind of its own. */
    public NodeKind otherKind() {
        return otherKind;
    }

    private static final class Holder {
        static final GraphRegistry STANDARD = RegistryReader.read(RESOURCE);
    }
}
