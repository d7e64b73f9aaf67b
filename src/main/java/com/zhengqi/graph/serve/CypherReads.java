package com.zhengqi.graph.serve;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the API's read statements: always with parameters, each in its own auto-commit read
 * transaction bounded by the request timeout (one round trip, where a managed transaction needs
 * begin and commit as well), and counted, so that tests and operators can see how many statements
 * a request costs (the API must not issue one per row). Sessions name the database (the server's home
 * database, asked once at start-up): a session that names none makes the driver and the server
 * resolve it again for every statement, which costs about a quarter of a small statement's CPU.
 */
@Component
class CypherReads {

    private final Driver driver;
    private final SessionConfig read;
    private final TransactionConfig transaction;
    private final AtomicLong statements = new AtomicLong();

    CypherReads(Driver driver, ApiProperties properties) {
        this.driver = driver;
        String home = driver.executableQuery("RETURN 1").execute().summary().database().name();
        this.read = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).withDatabase(home).build();
        this.transaction = TransactionConfig.builder().withTimeout(properties.timeout()).build();
    }

    /** Runs one statement and returns all its records. */
    List<Record> list(String cypher, Map<String, ?> parameters) {
        statements.incrementAndGet();
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) parameters;
        try (Session session = driver.session(read)) {
            return session.run(cypher, values, transaction).list();
        }
    }

    /** Runs one statement that returns exactly one record (e.g. one aggregating row). */
    Record single(String cypher, Map<String, ?> parameters) {
        return list(cypher, parameters).getFirst();
    }

    /** How many statements the API has run since start-up. */
    public long statementsRun() {
        return statements.get();
    }
}
