package com.zhengqi.graph.registry;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads and checks the registry file: a missing field, an unknown label at a type's end, a
 * distinguishing or drawn property the type does not carry, or a colour that is not
 * {@code #rrggbb} stops start-up with the entry named.
 */
final class RegistryReader {

    private static final String COLOUR = "#[0-9a-fA-F]{6}";

    private final String resource;

    private RegistryReader(String resource) {
        this.resource = resource;
    }

    static GraphRegistry read(String resource) {
        try (InputStream in = RegistryReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new RegistryReader(resource).parse(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (JacksonException e) {
            throw new IllegalStateException(resource + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private GraphRegistry parse(JsonNode root) {
        List<NodeLabel> labels = new ArrayList<>();
        for (JsonNode label : root.path("labels")) {
            String name = text(label, "label", "labels");
            JsonNode kind = label.path("kind");
            labels.add(new NodeLabel(name, text(label, "key", name), optionalText(label, "extraOf"),
                    kind.isMissingNode() ? null : kind(kind, name)));
        }
        Set<String> labelNames = new HashSet<>();
        labels.forEach(l -> labelNames.add(l.label()));
        List<RelationshipType> types = new ArrayList<>();
        for (JsonNode type : root.path("relationships")) {
            types.add(relationshipType(type, labelNames));
        }
        if (labels.isEmpty() || types.isEmpty()) {
            throw invalid("registry", "needs labels and relationships");
        }
        return new GraphRegistry(labels, kind(root.path("otherKind"), "otherKind"), types);
    }

    private RelationshipType relationshipType(JsonNode type, Set<String> labelNames) {
        String name = text(type, "type", "relationships");
        List<String> from = list(type, "from", name);
        List<String> to = list(type, "to", name);
        for (String end : concat(from, to)) {
            if (!labelNames.contains(end) && !end.equals(RelationshipType.ANY_LABEL)) {
                throw invalid(name, "names the label " + end + ", which is not in labels");
            }
        }
        List<String> properties = list(type, "properties", name);
        String distinguishedBy = optionalText(type, "distinguishedBy");
        List<String> drawnWith = list(type, "drawnWith", name);
        for (String property : distinguishedBy == null ? drawnWith : concat(drawnWith, List.of(distinguishedBy))) {
            if (!properties.contains(property)) {
                throw invalid(name, "uses the property " + property + ", which is not in its properties");
            }
        }
        RelationshipType.Merge merge;
        try {
            merge = RelationshipType.Merge.valueOf(text(type, "merge", name).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(name, "merge is fact or event, not " + type.path("merge").asString());
        }
        if (distinguishedBy != null && merge != RelationshipType.Merge.FACT) {
            throw invalid(name, "only a fact has a distinguishing property");
        }
        return new RelationshipType(name, from, to, merge, distinguishedBy, type.path("post").asBoolean(false),
                type.path("followedByDefault").asBoolean(true), properties, drawnWith, text(type, "name", name),
                text(type, "english", name), colour(type, name), text(type, "line", name));
    }

    private NodeKind kind(JsonNode kind, String owner) {
        return new NodeKind(text(kind, "key", owner), text(kind, "name", owner), text(kind, "english", owner),
                colour(kind, owner), text(kind, "shape", owner));
    }

    private String colour(JsonNode node, String owner) {
        String colour = text(node, "color", owner);
        if (!colour.matches(COLOUR)) {
            throw invalid(owner, "colour is not #rrggbb: " + colour);
        }
        return colour;
    }

    private String text(JsonNode node, String field, String owner) {
        JsonNode value = node.path(field);
        if (!value.isString() || value.asString().isBlank()) {
            throw invalid(owner, "needs the text field " + field);
        }
        return value.asString();
    }

    private static @Nullable String optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString() : null;
    }

    private List<String> list(JsonNode node, String field, String owner) {
        JsonNode value = node.path(field);
        if (!value.isArray()) {
            throw invalid(owner, "needs the list " + field);
        }
        List<String> items = new ArrayList<>();
        value.forEach(item -> items.add(item.asString()));
        return List.copyOf(items);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private IllegalStateException invalid(String owner, String problem) {
        return new IllegalStateException(resource + ": " + owner + " " + problem);
    }
}
