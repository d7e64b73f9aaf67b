package com.zhengqi.graph.registry;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;

/**
 * A relationship type of the graph.
 *
 * @param type              the Neo4j type
 * @param from              labels its start node may carry
 * @param to                labels its end node may carry; {@link #ANY_LABEL} for any
 * @param merge             whether the store writes it once however many articles state it, or once per article
 * @param distinguishedBy   for a fact, the property that tells two of them apart between the same nodes, or null
 * @param post              whether it is a person's post (resolution anchors the person to its end)
 * @param followedByDefault whether neighbourhoods and paths follow it when the caller names no types
 * @param properties        the properties it carries besides provenance (articleId, evidence, start, end)
 * @param drawnWith         the properties whose first present value labels a drawn edge (an amount is formatted)
 * @param name              the Chinese name the legend shows
 * @param english           the English name
 * @param color             {@code #rrggbb}
 * @param line              solid, dashed or dotted
 */
public record RelationshipType(String type, List<String> from, List<String> to, Merge merge, @Nullable String distinguishedBy,
                               boolean post, boolean followedByDefault, List<String> properties, List<String> drawnWith,
                               String name, String english, String color, String line) {

    /** The one entry of {@link #to} that admits every label. */
    public static final String ANY_LABEL = "*";

    /** Whether the store writes one relationship however many articles state it, or one per article. */
    public enum Merge {
        /** A fact about the world: merged across articles, with every article's id and sentence. */
        FACT,
        /** An event or an article link: one per article. */
        EVENT
    }

    public boolean isFact() {
        return merge == Merge.FACT;
    }

    public Optional<String> distinguishingProperty() {
        return Optional.ofNullable(distinguishedBy);
    }

    /** Whether a start node with these labels and an end node with those may be joined by this type. */
    public boolean admits(List<String> startLabels, List<String> endLabels) {
        return startLabels.stream().anyMatch(from::contains)
                && (to.contains(ANY_LABEL) || endLabels.stream().anyMatch(to::contains));
    }
}
