package com.zhengqi.graph.serve;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Statements sent over Bolt to an external database, each in an auto-commit read transaction (one
 * round trip, where a managed transaction needs begin and commit as well). Sessions name the
 * database (the server's home database, asked once at start-up): a session that names none makes
 * the driver and the server resolve it again for every statement, which costs about a quarter of a
 * small statement's CPU.
 */
final class BoltStatements implements CypherReads.Statements {

    private final Driver driver;
    private final SessionConfig read;
    private final TransactionConfig transaction;

    BoltStatements(Driver driver, Duration timeout) {
        this.driver = driver;
        String home = driver.executableQuery("RETURN 1").execute().summary().database().name();
        this.read = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).withDatabase(home).build();
        this.transaction = TransactionConfig.builder().withTimeout(timeout).build();
    }

    @Override
    public List<Value> run(String cypher, Map<String, Object> parameters) {
        try (Session session = driver.session(read)) {
            return session.run(cypher, parameters, transaction).list(BoltStatements::row);
        }
    }

    /** The record as one map value, its values as the driver read them. */
    private static Value row(Record record) {
        return Values.value((Object) record.asMap(Values.ofValue()));
    }
}
