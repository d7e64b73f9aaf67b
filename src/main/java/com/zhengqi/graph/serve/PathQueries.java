package com.zhengqi.graph.serve;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All shortest chains between two entities (Cypher's allShortestPaths), at most a few: one chain
 * answers "are they linked", several show through whom.
 */
@Component
class PathQueries {

    static final int MAX_PATHS = 10;

    /** One statement per allowed length: the upper bound of a variable-length pattern cannot be a parameter. */
    private static final List<String> STATEMENTS = statements();

    private final CypherReads reads;
    private final AmountText amounts;

    PathQueries(CypherReads reads, AmountText amounts) {
        this.reads = reads;
        this.amounts = amounts;
    }

    /** Which ends exist, and the chains found (empty when none is within the length). */
    record Found(boolean fromFound, boolean toFound, List<Drawing.Path> paths) {
    }

    private static List<String> statements() {
        List<String> statements = new ArrayList<>();
        for (int length = 0; length <= GraphQueries.MAX_PATH_LENGTH; length++) {
            statements.add("""
                    CALL () { %s RETURN collect(n)[0] AS a }
                    CALL () { %s RETURN collect(n)[0] AS b }
                    CALL (a, b) {
                      OPTIONAL MATCH p = allShortestPaths((a)-[*..%d]-(b))
                      WHERE a <> b AND all(r IN relationships(p) WHERE %s)
                      WITH p LIMIT $first
                      RETURN collect({nodes: [m IN nodes(p) | %s], edges: [r IN relationships(p) | %s]}) AS paths
                    }
                    RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths"""
                    .formatted(Fragments.nodeById("fromId"), Fragments.nodeById("toId"), Math.max(1, length),
                            Fragments.TYPE_FILTER, Drawing.node("m"), Drawing.edge("r")));
        }
        return List.copyOf(statements);
    }

    Found shortestPaths(String fromId, String toId, int maxLength, List<String> types, int first) {
        Value r = reads.single(STATEMENTS.get(maxLength), Params.of("fromId", fromId, "toId", toId, "types", types, "first", first));
        List<Drawing.Path> paths = new ArrayList<>();
        for (Value path : r.get("paths").values()) {
            if (path.get("nodes").isNull()) {
                continue;
            }
            List<Value> nodeValues = path.get("nodes").asList(v -> v);
            Map<String, Drawing.GraphNode> nodes = new LinkedHashMap<>();
            for (int i = 0; i < nodeValues.size(); i++) {
                Drawing.GraphNode node = Drawing.node(nodeValues.get(i), i);
                nodes.put(node.elementId(), node);
            }
            List<Drawing.GraphEdge> edges = path.get("edges").asList(e -> Drawing.edge(e, nodes, amounts));
            paths.add(new Drawing.Path(edges.size(), List.copyOf(nodes.values()), edges));
        }
        return new Found(r.get("fromFound").asBoolean(), r.get("toFound").asBoolean(), List.copyOf(paths));
    }
}
