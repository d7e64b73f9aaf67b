package com.zhengqi.graph.store;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies {@code cypher/schema.cypher} at start-up. Every statement in it is idempotent, so this is safe on every start.
 * On a store that already has the schema, one {@code SHOW INDEXES} finds that out and nothing else runs: each statement
 * sent costs the database a parse and a plan, and start-up used to spend most of its database time on those.
 */
@Component
public class GraphSchema implements InitializingBean {

    static final String SCHEMA_RESOURCE = "cypher/schema.cypher";
    static final String FULL_TEXT_INDEX = "entity_names";
    private static final Pattern CREATED_NAME = Pattern.compile("^CREATE\\s+(?:\\w+\\s+)?(?:CONSTRAINT|INDEX)\\s+(\\w+)");

    private final Driver driver;

    GraphSchema(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void afterPropertiesSet() {
        apply();
    }

    /** Runs the statements of the schema file whose index or constraint the database lacks; returns how many ran. */
    public int apply() {
        Existing existing = existing();
        if (existing.outdatedFullText()) {
            driver.executableQuery("DROP INDEX " + FULL_TEXT_INDEX).execute();
        }
        List<String> missing = statements(read()).stream()
                .filter(statement -> !existing.names().contains(name(statement)) || isOutdatedFullText(statement, existing))
                .toList();
        for (String statement : missing) {
            driver.executableQuery(statement).execute();
        }
        if (!missing.isEmpty() || !existing.allOnline()) {
            // Queries that use the full-text index right after start-up must not race its population.
            driver.executableQuery("CALL db.awaitIndexes(300)").execute();
        }
        return missing.size();
    }

    /**
     * The names of the database's indexes (a constraint owns an index of its own name), whether they are all
     * online, and whether the full-text index is of the kind made before it became eventually consistent:
     * {@code IF NOT EXISTS} would keep that one, so it is dropped and created again.
     */
    private record Existing(Set<String> names, boolean allOnline, boolean outdatedFullText) {
    }

    private Existing existing() {
        List<Record> rows = driver.executableQuery("""
                        SHOW INDEXES YIELD name, state, type, options
                        RETURN name, state = 'ONLINE' AS online,
                               type = 'FULLTEXT' AND NOT coalesce(options.indexConfig.`fulltext.eventually_consistent`, false) AS outdated""")
                .execute().records();
        Set<String> names = new HashSet<>();
        boolean allOnline = true;
        boolean outdated = false;
        for (Record row : rows) {
            String name = row.get("name").asString();
            names.add(name);
            allOnline &= row.get("online").asBoolean();
            outdated |= name.equals(FULL_TEXT_INDEX) && row.get("outdated").asBoolean();
        }
        return new Existing(names, allOnline, outdated);
    }

    private static boolean isOutdatedFullText(String statement, Existing existing) {
        return existing.outdatedFullText() && FULL_TEXT_INDEX.equals(name(statement));
    }

    /** The name a schema statement creates: the word after {@code CONSTRAINT} or {@code INDEX}. */
    static String name(String statement) {
        Matcher matcher = CREATED_NAME.matcher(statement);
        if (!matcher.find()) {
            throw new IllegalStateException(SCHEMA_RESOURCE + ": a statement that names no index or constraint: " + statement);
        }
        return matcher.group(1);
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
