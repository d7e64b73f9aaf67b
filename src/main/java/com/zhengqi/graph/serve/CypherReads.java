package com.zhengqi.graph.serve;

import com.zhengqi.graph.store.DatabaseEndpoint;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * Runs the API's read statements: always with parameters, each in its own read transaction bounded
 * by the request timeout, and counted, so that tests and operators can see how many statements a
 * request costs (the API must not issue one per row). With the embedded database the statements run
 * in this process through its Java API ({@link InProcessStatements}): no Bolt, no driver, no
 * serialising of rows, which was most of a small statement's cost; with an external database they
 * go over Bolt ({@link BoltStatements}). Either way a row is a map {@link Value} read by column name.
 */
@Component
class CypherReads {

    /** Where statements run. */
    interface Statements {

        /** Runs one statement and returns its rows, each a map of column name to value. */
        List<Value> run(String cypher, Map<String, Object> parameters);
    }

    private final Statements statements;
    private final AtomicLong run = new AtomicLong();
    private volatile @Nullable BiConsumer<String, Map<String, Object>> observer;

    CypherReads(DatabaseEndpoint endpoint, Driver driver, ApiProperties properties) {
        this.statements = endpoint.embeddedDatabase().<Statements>map(database -> new InProcessStatements(database, properties.timeout()))
                .orElseGet(() -> new BoltStatements(driver, properties.timeout()));
    }

    /** Runs one statement and returns all its rows. */
    List<Value> list(String cypher, Map<String, ?> parameters) {
        run.incrementAndGet();
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) parameters;
        BiConsumer<String, Map<String, Object>> watching = observer;
        if (watching != null) {
            watching.accept(cypher, values);
        }
        return statements.run(cypher, values);
    }

    /** Runs one statement that returns exactly one row (e.g. one aggregating row). */
    Value single(String cypher, Map<String, ?> parameters) {
        return list(cypher, parameters).getFirst();
    }

    /** How many statements the API has run since start-up. */
    public long statementsRun() {
        return run.get();
    }

    /**
     * Tells {@code observer} of every statement from now on, with its parameters (null stops it): the
     * load benchmark learns so which statements each request runs, to send them over Bolt as well.
     */
    void observe(@Nullable BiConsumer<String, Map<String, Object>> observer) {
        this.observer = observer;
    }
}
