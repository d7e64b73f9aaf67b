package com.zhengqi.graph.store;

import org.neo4j.driver.Driver;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the graph holds, as sorted lines (labels and all properties of every node; type, ends
 * and all properties of every relationship), so two states of the graph compare with equals.
 */
public final class GraphSnapshot {

    private GraphSnapshot() {
    }

    public static List<String> of(Driver driver) {
        List<String> nodes = driver.executableQuery("""
                        MATCH (n) RETURN labels(n) AS labels, properties(n) AS props""")
                .execute().records().stream()
                .map(r -> r.get("labels").asList().stream().sorted().toList() + " " + new TreeMap<>(r.get("props").asMap()))
                .toList();
        List<String> relationships = driver.executableQuery("""
                        MATCH (a)-[x]->(b)
                        RETURN coalesce(a.id, a.name) AS a, type(x) AS type, coalesce(b.id, b.name) AS b, properties(x) AS props""")
                .execute().records().stream()
                .map(r -> r.get("a").asString() + " -" + r.get("type").asString() + "-> " + r.get("b").asString() + " "
                        + new TreeMap<String, Object>(r.get("props").asMap()))
                .toList();
        return java.util.stream.Stream.concat(nodes.stream(), relationships.stream()).sorted().toList();
    }

    /** Properties of the one node with this id. */
    public static Map<String, Object> node(Driver driver, String id) {
        return driver.executableQuery("MATCH (n {id: $id}) RETURN properties(n) AS p").withParameters(Map.of("id", id))
                .execute().records().getFirst().get("p").asMap();
    }
}
