package com.zhengqi.graph.store;

import com.zhengqi.graph.resolve.identity.ResolvedNode;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Everything the articles of one batch say about one node, folded into the one row written for it. */
final class NodeRow {

    /** Properties that change as a project goes on: the most recently dated article's value wins. */
    static final Map<String, Set<String>> LATEST = Map.of("Project", Set.of("amountYuan", "status", "approximate"));

    private final String id;
    private String name;
    private final Set<String> aliases = new LinkedHashSet<>();
    private final Set<String> labels = new LinkedHashSet<>();
    private final Set<String> anchors = new LinkedHashSet<>();
    private final Map<String, Object> fill = new LinkedHashMap<>();
    private final Map<String, Object> latest = new LinkedHashMap<>();
    private final SeenDates seen = new SeenDates();
    private String latestOn;

    NodeRow(String id) {
        this.id = id;
    }

    void add(ResolvedNode node, String date) {
        if (node.name() != null && (name == null || node.name().length() > name.length())) {
            if (name != null) {
                aliases.add(name);
            }
            name = node.name();
        } else if (node.name() != null && !node.name().equals(name)) {
            aliases.add(node.name());
        }
        aliases.addAll(node.aliases());
        node.extraLabels().forEach(l -> labels.add(CypherNames.label(l)));
        anchors.addAll(node.anchors());
        Set<String> changing = LATEST.getOrDefault(node.label(), Set.of());
        boolean newest = date != null && (latestOn == null || date.compareTo(latestOn) >= 0);
        PropertyValues.storable(node.properties()).forEach((k, v) -> {
            if (!changing.contains(k)) {
                fill.putIfAbsent(k, v);
            } else if (newest) {
                latest.put(k, v);
            } else {
                latest.putIfAbsent(k, v);
            }
        });
        if (newest && node.properties().keySet().stream().anyMatch(changing::contains)) {
            latestOn = date;
        }
        seen.add(date);
    }

    Map<String, Object> row() {
        aliases.remove(name);
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("name", name);
        row.put("aliases", List.copyOf(aliases));
        row.put("labels", List.copyOf(labels));
        row.put("anchors", List.copyOf(anchors));
        row.put("fill", fill);
        row.put("latest", latest);
        row.put("latestOn", latestOn);
        seen.putInto(row);
        return row;
    }
}
