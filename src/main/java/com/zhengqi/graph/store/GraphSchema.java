package com.zhengqi.graph.store;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Applies {@code cypher/schema.cypher} at start-up. Every statement in it is idempotent, so this is safe on every start. */
@Component
public class GraphSchema implements InitializingBean {

    static final String SCHEMA_RESOURCE = "cypher/schema.cypher";

    private final Driver driver;

    GraphSchema(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void afterPropertiesSet() {
        apply();
    }

    /** Runs every statement of the schema file; returns how many ran. */
    public int apply() {
        List<String> statements = statements(read());
        for (String statement : statements) {
            driver.executableQuery(statement).execute();
        }
        // Queries that use the full-text index right after start-up must not race its population.
        driver.executableQuery("CALL db.awaitIndexes(300)").execute();
        return statements.size();
    }

    static List<String> statements(String script) {
        String withoutComments = script.lines()
                .filter(line -> !line.strip().startsWith("//"))
                .reduce("", (a, b) -> a + "\n" + b);
        return Arrays.stream(withoutComments.split(";\\s*(\\n|$)"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String read() {
        try (InputStream in = new ClassPathResource(SCHEMA_RESOURCE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA_RESOURCE + " from the classpath", e);
        }
    }
}
