package com.zhengqi.graph.store;

import org.neo4j.driver.Driver;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The analysts' queries of {@code cypher/} (every {@code .cypher} file but the schema), each with the
 * header comment that says what it answers, its parameters and what it returns. The same files run
 * in Neo4j Browser or cypher-shell as they are.
 */
@Component
public class CypherLibrary {

    /**
     * One query of the library.
     *
     * @param name        file name without {@code .cypher}
     * @param description what it answers
     * @param parameters  parameter name → what to give it
     * @param returns     what each row holds
     */
    public record Query(String name, String description, Map<String, String> parameters, String returns, String cypher) {
    }

    private static final String FOLDER = "cypher/";
    private static final String SCHEMA = "schema";
    private static final Pattern PARAMETER = Pattern.compile("^\\s*\\$(\\w+)\\s+(.+)$");

    private final Driver driver;
    private final Map<String, Query> queries;

    public CypherLibrary(Driver driver) {
        this.driver = driver;
        this.queries = load();
    }

    public List<Query> queries() {
        return List.copyOf(queries.values());
    }

    public Query query(String name) {
        Query query = queries.get(name);
        if (query == null) {
            throw new NoSuchElementException("no query " + name + " in " + FOLDER + "; known: " + queries.keySet());
        }
        return query;
    }

    /** Runs a query; every parameter its header names must be given (null is a value). */
    public List<Map<String, Object>> run(String name, Map<String, Object> parameters) {
        Query query = query(name);
        List<String> missing = query.parameters().keySet().stream().filter(p -> !parameters.containsKey(p)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(name + " needs parameter(s) " + missing);
        }
        return driver.executableQuery(query.cypher()).withParameters(parameters).execute().records().stream()
                .map(r -> r.asMap())
                .toList();
    }

    private static Map<String, Query> load() {
        Map<String, Query> queries = new LinkedHashMap<>();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:" + FOLDER + "*.cypher");
            List<Resource> sorted = new ArrayList<>(List.of(files));
            sorted.sort(Comparator.comparing(Resource::getFilename));
            for (Resource file : sorted) {
                String name = file.getFilename().replaceFirst("\\.cypher$", "");
                if (!name.equals(SCHEMA)) {
                    queries.putIfAbsent(name, parse(name, file.getContentAsString(StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the queries of " + FOLDER, e);
        }
        return queries;
    }

    /** Splits a file into its header (description, Parameters:, Returns:) and its one statement. */
    static Query parse(String name, String text) {
        StringBuilder description = new StringBuilder();
        StringBuilder returns = new StringBuilder();
        Map<String, String> parameters = new LinkedHashMap<>();
        String section = "description";
        for (String line : text.lines().toList()) {
            if (!line.startsWith("//")) {
                break;
            }
            String comment = line.substring(2).strip();
            if (comment.startsWith("Parameters:")) {
                section = "parameters";
                continue;
            }
            if (comment.startsWith("Returns:")) {
                section = "returns";
                comment = comment.substring("Returns:".length()).strip();
            }
            Matcher parameter = PARAMETER.matcher(line.substring(2));
            switch (section) {
                case "parameters" -> {
                    if (parameter.matches()) {
                        parameters.put(parameter.group(1), parameter.group(2).strip());
                    }
                }
                case "returns" -> returns.append(returns.isEmpty() ? "" : " ").append(comment);
                default -> description.append(description.isEmpty() ? "" : " ").append(comment);
            }
        }
        List<String> statements = GraphSchema.statements(text);
        if (statements.size() != 1 || description.isEmpty() || returns.isEmpty()) {
            throw new IllegalStateException(FOLDER + name + ".cypher: needs a header (what it answers, Parameters:, Returns:) and exactly one statement");
        }
        return new Query(name, description.toString(), parameters, returns.toString(), statements.getFirst());
    }
}
