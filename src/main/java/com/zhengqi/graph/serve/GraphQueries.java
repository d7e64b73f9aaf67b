package com.zhengqi.graph.serve;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Neighbourhoods and shortest paths for drawing. A neighbourhood is walked one hop per statement
 * (at most three), keeping distinct nodes up to a limit, so a hub (a province with thousands of
 * projects) costs a bounded amount of work instead of returning every path through it.
 */
@Component
class GraphQueries {

    static final int MAX_DEPTH = 3;
    /** The explorer draws up to this many nodes without freezing (docs/explorer.md, Large drawings). */
    static final int MAX_NODES = 2_500;
    static final int MAX_PATH_LENGTH = 6;
    /** Relationships read per hop, per node still allowed: enough to keep edges between the nodes kept. */
    private static final int ROWS_PER_NODE = 4;

    /** Relationships of {@code n} of the requested types, at most {@code $max}, as {@code hop} maps of edge and far node. */
    private static final String RELATIONSHIPS = """
            MATCH (n)-[r]-(m)
            WHERE %s
            WITH r, m LIMIT $max
            """.formatted(Fragments.TYPE_FILTER);

    private static final String HOP_ROW = "{edge: %s, node: %s}".formatted(Drawing.edge("r"), Drawing.node("m"));

    /**
     * The start node and its first hop in one statement (a statement costs a Bolt round trip and
     * a transaction however small it is): no row when no node has the id.
     */
    private static final String START = Fragments.nodeById("id") + """
            CALL (n) {
              %s
              RETURN collect(%s) AS hop
            }
            RETURN %s AS node, hop""".formatted(RELATIONSHIPS, HOP_ROW, Drawing.node("n"));

    /** The next hop from every node of the frontier at once. */
    private static final String HOP = """
            UNWIND $frontier AS fid
            MATCH (n) WHERE elementId(n) = fid
            %s
            RETURN %s AS hop""".formatted(RELATIONSHIPS, HOP_ROW);

    /** One statement per allowed length: the upper bound of a variable-length pattern cannot be a parameter. */
    private static final List<String> PATHS = pathStatements();

    private final CypherReads reads;
    private final AmountText amounts;

    GraphQueries(CypherReads reads, AmountText amounts) {
        this.reads = reads;
        this.amounts = amounts;
    }

    private static List<String> pathStatements() {
        List<String> statements = new ArrayList<>();
        for (int length = 0; length <= MAX_PATH_LENGTH; length++) {
            statements.add("""
                    CALL () { %s RETURN collect(n)[0] AS a }
                    CALL () { %s RETURN collect(n)[0] AS b }
                    OPTIONAL MATCH p = shortestPath((a)-[*..%d]-(b))
                    WHERE a <> b AND all(r IN relationships(p) WHERE %s)
                    RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,
                           CASE WHEN a = b THEN [%s] ELSE [m IN nodes(p) | %s] END AS nodes,
                           [r IN relationships(p) | %s] AS edges"""
                    .formatted(Fragments.nodeById("fromId"), Fragments.nodeById("toId"), Math.max(1, length),
                            Fragments.TYPE_FILTER, Drawing.node("a"), Drawing.node("m"), Drawing.edge("r")));
        }
        return List.copyOf(statements);
    }

    /** The neighbourhood of the node with public id {@code id}, or null when there is none. */
    Drawing.Subgraph neighborhood(String id, int depth, List<String> types, int limit) {
        List<Value> start = reads.list(START, Params.of("id", id, "types", types, "max", rowsAllowed(limit, 1, 0)));
        if (start.isEmpty()) {
            return null;
        }
        Map<String, Drawing.GraphNode> nodes = new LinkedHashMap<>();
        Drawing.GraphNode centre = Drawing.node(start.getFirst().get("node"), 0);
        nodes.put(centre.elementId(), centre);
        Map<String, Value> edges = new LinkedHashMap<>();
        List<Value> hop = start.getFirst().get("hop").asList(v -> v);
        int max = rowsAllowed(limit, 1, 0);
        boolean truncated = false;
        for (int distance = 1; distance <= depth; distance++) {
            if (distance > 1) {
                int previous = distance - 1;
                List<String> frontier = nodes.values().stream().filter(n -> n.distance() == previous).map(Drawing.GraphNode::elementId).toList();
                if (frontier.isEmpty()) {
                    break;
                }
                max = rowsAllowed(limit, nodes.size(), edges.size());
                hop = reads.list(HOP, Params.of("frontier", frontier, "types", types, "max", max)).stream().map(r -> r.get("hop")).toList();
            }
            truncated |= hop.size() >= max;
            for (Value row : hop) {
                Drawing.GraphNode other = Drawing.node(row.get("node"), distance);
                if (!nodes.containsKey(other.elementId())) {
                    if (nodes.size() >= limit) {
                        truncated = true;
                        continue;
                    }
                    nodes.put(other.elementId(), other);
                }
                edges.putIfAbsent(row.get("edge").get("eid").asString(), row.get("edge"));
            }
        }
        List<Drawing.GraphEdge> drawn = edges.values().stream().map(e -> Drawing.edge(e, nodes, amounts)).toList();
        return new Drawing.Subgraph(List.copyOf(nodes.values()), drawn, truncated);
    }

    /** Relationships one hop may read: enough for every node still allowed, plus the edges between nodes already kept. */
    private static int rowsAllowed(int limit, int nodesKept, int edgesKept) {
        return Math.max(1, limit - nodesKept + 1) * ROWS_PER_NODE + edgesKept;
    }

    /** Outcome of a path search: which ends exist, and the path (null when there is none within the length). */
    record PathResult(boolean fromFound, boolean toFound, Drawing.Path path) {
    }

    PathResult shortestPath(String fromId, String toId, int maxLength, List<String> types) {
        Value r = reads.single(PATHS.get(maxLength), Params.of("fromId", fromId, "toId", toId, "types", types));
        boolean fromFound = r.get("fromFound").asBoolean();
        boolean toFound = r.get("toFound").asBoolean();
        List<Value> nodeValues = r.get("nodes").isNull() ? List.of() : r.get("nodes").asList(v -> v);
        if (!fromFound || !toFound || nodeValues.isEmpty()) {
            return new PathResult(fromFound, toFound, null);
        }
        Map<String, Drawing.GraphNode> nodes = new LinkedHashMap<>();
        for (int i = 0; i < nodeValues.size(); i++) {
            Drawing.GraphNode node = Drawing.node(nodeValues.get(i), i);
            nodes.put(node.elementId(), node);
        }
        List<Drawing.GraphEdge> edges = r.get("edges").isNull() ? List.of() : r.get("edges").asList(e -> Drawing.edge(e, nodes, amounts));
        return new PathResult(true, true, new Drawing.Path(edges.size(), List.copyOf(nodes.values()), edges));
    }
}
