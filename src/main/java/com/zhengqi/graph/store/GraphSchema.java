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
        dropOutdatedFullTextIndex();
        List<String> statements = statements(read());
        for (String statement : statements) {
            driver.executableQuery(statement).execute();
        }
        // Queries that use the full-text index right after start-up must not race its population.
        driver.executableQuery("CALL db.awaitIndexes(300)").execute();
        return statements.size();
    }

    /**
     * Databases made before the full-text index became eventually consistent have it the old way;
     * {@code IF NOT EXISTS} would keep that, so it is dropped here and created again by the schema.
     */
    private void dropOutdatedFullTextIndex() {
        boolean outdated = driver.executableQuery("""
                        SHOW FULLTEXT INDEXES YIELD name, options
                        WHERE name = 'entity_names' AND NOT coalesce(options.indexConfig.`fulltext.eventually_consistent`, false)
                        RETURN count(*) > 0 AS outdated""")
                .execute().records().getFirst().get("outdated").asBoolean();
        if (outdated) {
            driver.executableQuery("DROP INDEX entity_names").execute();
        }
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
