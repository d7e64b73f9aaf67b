package com.zhengqi.graph.store;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/** Counts of what the graph holds, for start-up messages, tests and the API. */
@Component
public class GraphStats {

    public record Counts(long articles, long nodes, long relationships) {
    }

    private final Driver driver;

    GraphStats(Driver driver) {
        this.driver = driver;
    }

    public Counts counts() {
        Record r = driver.executableQuery("""
                        CALL () { MATCH (a:Article) RETURN count(a) AS articles }
                        CALL () { MATCH (n) RETURN count(n) AS nodes }
                        CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                        RETURN articles, nodes, relationships""")
                .execute().records().getFirst();
        return new Counts(r.get("articles").asLong(), r.get("nodes").asLong(), r.get("relationships").asLong());
    }
}
