package com.zhengqi.graph.store;

import com.zhengqi.graph.resolve.identity.NodeJoin;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Folds one node into another that evidence showed to be the same entity. Relationships move to the
 * kept node; where the kept node already has the same fact (a merged type with the same other end
 * and key, or a MENTIONS from the same article) the two are folded into one, their articles and
 * sentences together. The kept node takes the other's names as aliases and records the join in
 * {@code mergedFrom} ("gone-id [rule] article-id"), so an analyst can see why.
 */
final class NodeJoiner {

    private static final String MENTIONS = "MENTIONS";

    private NodeJoiner() {
    }

    /** Joins inside {@code tx}; returns 1 when a node was folded in, 0 when either was not there. */
    static int join(TransactionContext tx, NodeJoin join) {
        List<Record> ends = tx.run("""
                        MATCH (g:`%1$s` {%2$s: $gone}), (k:`%1$s` {%2$s: $keep})
                        RETURN elementId(g) AS gone, elementId(k) AS keep, properties(g) AS goneProps, properties(k) AS keepProps"""
                        .formatted(CypherNames.label(join.label()), CypherNames.keyProperty(join.label())),
                Map.of("gone", join.gone(), "keep", join.keep())).list();
        if (ends.isEmpty()) {
            return 0;
        }
        String gone = ends.getFirst().get("gone").asString();
        String keep = ends.getFirst().get("keep").asString();
        List<Edge> goneEdges = edges(tx, gone);
        Map<String, Edge> keepEdges = new HashMap<>();
        for (Edge e : edges(tx, keep)) {
            if (e.foldable()) {
                keepEdges.putIfAbsent(e.identity(), e);
            }
        }
        List<Map<String, Object>> updates = new ArrayList<>();
        List<Map<String, Object>> moves = new ArrayList<>();
        for (Edge e : goneEdges) {
            if (e.other().equals(keep) || e.other().equals(gone)) {
                continue; // a relationship between two names of one entity says nothing once they are one
            }
            Edge same = e.foldable() ? keepEdges.get(e.identity()) : null;
            if (same != null) {
                Map<String, Object> folded = fold(same, e);
                keepEdges.put(same.identity(), same.withProps(folded));
                updates.add(Map.of("id", same.id(), "props", folded));
            } else {
                moves.add(Map.of("start", e.outgoing() ? keep : e.other(), "end", e.outgoing() ? e.other() : keep,
                        "type", e.type(), "props", e.props()));
            }
        }
        tx.run("UNWIND $rows AS r MATCH ()-[x]->() WHERE elementId(x) = r.id SET x = r.props", Map.of("rows", updates)).consume();
        tx.run("""
                UNWIND $rows AS r MATCH (a) WHERE elementId(a) = r.start MATCH (b) WHERE elementId(b) = r.end
                CREATE (a)-[x:$(r.type)]->(b) SET x = r.props""", Map.of("rows", moves)).consume();
        tx.run("MATCH (k) WHERE elementId(k) = $keep SET k = $props",
                Map.of("keep", keep, "props", joinedProperties(ends.getFirst(), join))).consume();
        tx.run("MATCH (g) WHERE elementId(g) = $gone DETACH DELETE g", Map.of("gone", gone)).consume();
        // People and projects name the regions and organisations that anchor them; those ids now point to the kept node.
        tx.run("""
                MATCH (n:Person|Project) WHERE $gone IN n.anchors
                SET n.anchors = reduce(acc = [], x IN n.anchors |
                    CASE WHEN (CASE x WHEN $gone THEN $keep ELSE x END) IN acc THEN acc ELSE acc + (CASE x WHEN $gone THEN $keep ELSE x END) END)""",
                Map.of("gone", join.gone(), "keep", join.keep())).consume();
        return 1;
    }

    /**
     * A relationship seen from one of its nodes.
     *
     * @param id       element id of the relationship
     * @param outgoing whether it leaves the node it was read from
     * @param other    element id of the node at its other end
     */
    private record Edge(String id, String type, boolean outgoing, String other, Map<String, Object> props) {

        boolean foldable() {
            return MENTIONS.equals(type) || RelationshipPolicy.merged(type);
        }

        /** Type, direction, other end and distinguishing property: equal for two statements of one fact, seen from either node. */
        String identity() {
            Object key = RelationshipPolicy.key(type).map(props::get).orElse("");
            return type + "|" + outgoing + "|" + other + "|" + key;
        }

        Edge withProps(Map<String, Object> newProps) {
            return new Edge(id, type, outgoing, other, newProps);
        }
    }

    private static List<Edge> edges(TransactionContext tx, String node) {
        List<Edge> edges = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Record r : tx.run("""
                        MATCH (n)-[x]-(o) WHERE elementId(n) = $node
                        RETURN elementId(x) AS id, type(x) AS type, startNode(x) = n AS outgoing, elementId(o) AS other, properties(x) AS props""",
                Map.of("node", node)).list()) {
            if (seen.add(r.get("id").asString())) {
                edges.add(new Edge(r.get("id").asString(), r.get("type").asString(), r.get("outgoing").asBoolean(),
                        r.get("other").asString(), r.get("props").asMap()));
            }
        }
        return edges;
    }

    /** Two statements of one fact as one: their articles and sentences (as many as a fact keeps), the widest span of dates. */
    private static Map<String, Object> fold(Edge kept, Edge gone) {
        Map<String, Object> props = new LinkedHashMap<>(gone.props());
        props.putAll(kept.props());
        if (MENTIONS.equals(kept.type())) {
            props.put("count", number(kept.props().get("count")) + number(gone.props().get("count")));
            return props;
        }
        List<Object> articleIds = new ArrayList<>(list(kept.props().get("articleIds")));
        List<Object> evidences = new ArrayList<>(list(kept.props().get("evidences")));
        List<Object> goneIds = list(gone.props().get("articleIds"));
        List<Object> goneEvidences = list(gone.props().get("evidences"));
        for (int i = 0; i < goneIds.size() && articleIds.size() < FactRow.KEPT_STATEMENTS; i++) {
            if (!articleIds.contains(goneIds.get(i))) {
                articleIds.add(goneIds.get(i));
                evidences.add(i < goneEvidences.size() ? goneEvidences.get(i) : "");
            }
        }
        props.put("articleIds", articleIds);
        props.put("evidences", evidences);
        props.put("articleCount", number(kept.props().get("articleCount")) + number(gone.props().get("articleCount")));
        putEarliest(props, "firstSeen", kept.props(), gone.props(), true);
        putEarliest(props, "lastSeen", kept.props(), gone.props(), false);
        return props;
    }

    /** The kept node's properties with the other's names, anchors, missing properties and the record of the join. */
    private static Map<String, Object> joinedProperties(Record ends, NodeJoin join) {
        Map<String, Object> kept = ends.get("keepProps").asMap();
        Map<String, Object> gone = ends.get("goneProps").asMap();
        Map<String, Object> props = new LinkedHashMap<>(gone);
        props.putAll(kept);
        String keptName = (String) kept.get("name");
        String goneName = (String) gone.get("name");
        String name = keptName == null || goneName != null && goneName.length() > keptName.length() ? goneName : keptName;
        if (name != null) {
            props.put("name", name);
        }
        Set<Object> aliases = new LinkedHashSet<>(list(kept.get("aliases")));
        aliases.addAll(list(gone.get("aliases")));
        aliases.add(keptName);
        aliases.add(goneName);
        aliases.remove(name);
        aliases.remove(null);
        props.put("aliases", List.copyOf(aliases));
        Set<Object> anchors = new LinkedHashSet<>(list(kept.get("anchors")));
        anchors.addAll(list(gone.get("anchors")));
        if (!anchors.isEmpty()) {
            props.put("anchors", List.copyOf(anchors));
        }
        List<Object> mergedFrom = new ArrayList<>(list(kept.get("mergedFrom")));
        mergedFrom.addAll(list(gone.get("mergedFrom")));
        mergedFrom.add(join.gone() + " [" + join.rule() + "] " + join.articleId());
        props.put("mergedFrom", mergedFrom);
        putEarliest(props, "firstSeen", kept, gone, true);
        putEarliest(props, "lastSeen", kept, gone, false);
        return props;
    }

    private static void putEarliest(Map<String, Object> props, String key, Map<String, Object> a, Map<String, Object> b, boolean earliest) {
        Object x = a.get(key);
        Object y = b.get(key);
        if (x == null || y == null) {
            Object either = x != null ? x : y;
            if (either != null) {
                props.put(key, either);
            }
            return;
        }
        int order = x.toString().compareTo(y.toString());
        props.put(key, (earliest ? order <= 0 : order >= 0) ? x : y);
    }

    private static List<Object> list(Object value) {
        return value instanceof List<?> l ? new ArrayList<>(l) : List.of();
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 1;
    }
}
