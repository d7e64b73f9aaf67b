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
import java.util.function.Supplier;

/**
 * Statements run on the embedded database in this process, each in its own transaction with the
 * request timeout. The rows become driver {@link Value}s, so the API reads them the same way
 * whichever database answers. The statements are the API's constants, all reads.
 */
final class InProcessStatements implements CypherReads.Statements {

    private final Supplier<GraphDatabaseService> database;
    private final long timeoutMillis;

    /**
     * {@code database} is asked on each statement: the embedded database may still be starting while the
     * application's beans are built (see {@link com.zhengqi.graph.store.DatabaseEndpoint}).
     */
    InProcessStatements(Supplier<GraphDatabaseService> database, Duration timeout) {
        this.database = database;
        this.timeoutMillis = timeout.toMillis();
    }

    @Override
    public List<Value> run(String cypher, Map<String, Object> parameters) {
        try (Transaction tx = database.get().beginTx(timeoutMillis, TimeUnit.MILLISECONDS)) {
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
