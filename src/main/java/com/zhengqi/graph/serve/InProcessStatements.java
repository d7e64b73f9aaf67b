package com.zhengqi.graph.serve;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Statements run on the embedded database in this process, each in its own transaction with the
 * request timeout. The rows become driver {@link Value}s, so the API reads them the same way
 * whichever database answers. The statements are the API's constants, all reads.
 */
final class InProcessStatements implements CypherReads.Statements {

    private final GraphDatabaseService database;
    private final long timeoutMillis;

    InProcessStatements(GraphDatabaseService database, Duration timeout) {
        this.database = database;
        this.timeoutMillis = timeout.toMillis();
    }

    @Override
    public List<Value> run(String cypher, Map<String, Object> parameters) {
        try (Transaction tx = database.beginTx(timeoutMillis, TimeUnit.MILLISECONDS)) {
            List<Value> rows = new ArrayList<>();
            try (Result result = tx.execute(cypher, parameters)) {
                while (result.hasNext()) {
                    rows.add(Values.value(result.next()));
                }
            }
            tx.commit();
            return rows;
        }
    }
}
