package com.zhengqi.graph.export;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of node (official, company, government body, region, project, ...) with their colours,
 * read from {@code static/kinds.json}: the same file the explorer page draws its legend from, so a
 * Gephi export and the page colour a company alike.
 */
final class NodeKinds {

    static final String RESOURCE = "static/kinds.json";

    /** A kind and the colour it is drawn in ({@code #rrggbb}). */
    record Kind(String key, String name, String color, List<String> labels) {

        int red() {
            return Integer.parseInt(color.substring(1, 3), 16);
        }

        int green() {
            return Integer.parseInt(color.substring(3, 5), 16);
        }

        int blue() {
            return Integer.parseInt(color.substring(5, 7), 16);
        }
    }

    private static final List<Kind> KINDS = load();

    private NodeKinds() {
    }

    /** The first kind any of whose labels the node carries; the last kind (other) when none. */
    static Kind of(List<String> labels) {
        for (Kind kind : KINDS) {
            if (kind.labels().stream().anyMatch(labels::contains)) {
                return kind;
            }
        }
        return KINDS.getLast();
    }

    private static List<Kind> load() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<Kind> kinds = new ArrayList<>();
            for (JsonNode kind : root.path("kinds")) {
                List<String> labels = new ArrayList<>();
                kind.path("labels").forEach(label -> labels.add(label.asString()));
                String color = kind.path("color").asString();
                if (!color.matches("#[0-9a-fA-F]{6}")) {
                    throw new IllegalStateException(RESOURCE + ": colour of " + kind.path("key").asString() + " is not #rrggbb: " + color);
                }
                kinds.add(new Kind(kind.path("key").asString(), kind.path("name").asString(), color, List.copyOf(labels)));
            }
            if (kinds.isEmpty() || !kinds.getLast().labels().isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": the last kind must be the catch-all with no labels");
            }
            return List.copyOf(kinds);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + " from the classpath", e);
        }
    }
}
