package com.zhengqi.graph.store;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Counts of what the graph holds, for start-up messages, tests and the API. On the embedded database
 * they are read in this process: before {@code ready:} that spares the driver's first connection.
 */
@Component
public class GraphStats {

    public record Counts(long articles, long nodes, long relationships) {
    }

    private static final String COUNTS = """
            CALL () { MATCH (a:Article) RETURN count(a) AS articles }
            CALL () { MATCH (n) RETURN count(n) AS nodes }
            CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
            RETURN articles, nodes, relationships""";

    private final Driver driver;
    private final DatabaseEndpoint endpoint;

    GraphStats(Driver driver, DatabaseEndpoint endpoint) {
        this.driver = driver;
        this.endpoint = endpoint;
    }

    public Counts counts() {
        return endpoint.embeddedDatabase()
                .map(database -> database.executeTransactionally(COUNTS, Map.of(), result -> {
                    Map<String, Object> row = result.next();
                    return new Counts((Long) row.get("articles"), (Long) row.get("nodes"), (Long) row.get("relationships"));
                }))
                .orElseGet(() -> {
                    Record r = driver.executableQuery(COUNTS).execute().records().getFirst();
                    return new Counts(r.get("articles").asLong(), r.get("nodes").asLong(), r.get("relationships").asLong());
                });
    }
}
