package com.zhengqi.graph.resolve.identity;

import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One entity of an article with its graph-wide identity.
 *
 * @param localId    the node's id in the article ("n3")
 * @param id         graph-wide id (for Industry: the name, its key)
 * @param label      primary label (Person, Organization, ...)
 * @param extraLabels further labels (Company, GovernmentBody)
 * @param name       the name to show: the most complete one known
 * @param properties the extractor's other properties (kind, level, code, amountYuan, ...)
 * @param aliases    other names this article writes it as
 * @param anchors    ids that identify it (a person's posts, a project's region); empty if none
 * @param surface    the name as the article wrote it
 * @param rule       why this mention got this id (explains merges; see docs/store.md)
 */
public record ResolvedNode(String localId, String id, String label, List<String> extraLabels, @Nullable String name,
                           Map<String, Object> properties, Set<String> aliases, Set<String> anchors, String surface,
                           String rule) {

    public ResolvedNode {
        extraLabels = List.copyOf(extraLabels);
        properties = Map.copyOf(properties);
        // sorted, not Set.copyOf: its iteration order changes from one JVM to the next, and the stored lists and
        // exports must not (ingest and spark-ingest are compared canonically)
        aliases = Collections.unmodifiableSortedSet(new TreeSet<>(aliases));
        anchors = Collections.unmodifiableSortedSet(new TreeSet<>(anchors));
    }
}
