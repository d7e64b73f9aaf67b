package com.zhengqi.graph.serve.http;

import com.zhengqi.graph.GraphQlHttp;
import com.zhengqi.graph.GraphTestSupport;
import com.zhengqi.graph.store.IngestSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Injection attempts through every argument of every field the GraphQL schema has (found by
 * introspection, so arguments added later are covered without touching this test) and through the
 * file names and texts that ingest turns into data. A string spliced into Cypher or a Lucene query
 * would break the statement (an internal error) or change the graph; neither may happen.
 */
class CypherInjectionTest extends GraphTestSupport {

    static final List<String> HOSTILE = List.of(
            "' OR 1=1 //",
            "\"}) MATCH (n) DETACH DELETE n //",
            "'}) CREATE (:Pwned) //",
            "x\"}) CREATE (:Pwned) RETURN 1 //",
            "`) CREATE (:Pwned) //",
            "x` {id: 1}) DETACH DELETE n //",
            "1 UNION MATCH (n) RETURN n",
            "$id", "{{}}", "*:*", "name:* OR id:*", "\\", "\"", "'", "~", "a AND OR NOT", "a~0.1", "/.*/", "[a TO z]",
            "\u0000", "\u202Eevil", "李富生'); CALL db.clearQueryCaches() //",
            "x".repeat(10_000));

    @TempDir
    Path dir;

    @BeforeEach
    void seedTheGraph() {
        clearGraph();
        ingest(SEEDS.resolve("000_64d736ac5815972c.txt"));
    }

    @Test
    void noGraphQlArgumentCanBreakOrChangeTheGraph() {
        GraphQlHttp http = new GraphQlHttp(httpPort);
        Schema schema = Schema.introspect(http);
        List<String> probes = schema.probes();
        assertThat(probes).as("the schema has arguments to probe").isNotEmpty();
        long nodes = count("MATCH (n) RETURN count(n)");
        long relationships = count("MATCH ()-[r]->() RETURN count(r)");

        int sent = 0;
        for (String probe : probes) {
            for (String hostile : HOSTILE) {
                JsonNode response = http.post(probe, Map.of("v", hostile));
                sent++;
                assertThat(response.toString()).as(probe + " with " + hostile.substring(0, Math.min(40, hostile.length())))
                        .doesNotContain("INTERNAL_ERROR").doesNotContain("Neo.ClientError").doesNotContain("Exception");
            }
        }

        assertThat(sent).isEqualTo(probes.size() * HOSTILE.size());
        assertThat(count("MATCH (n) RETURN count(n)")).isEqualTo(nodes);
        assertThat(count("MATCH ()-[r]->() RETURN count(r)")).isEqualTo(relationships);
        assertThat(count("MATCH (n:Pwned) RETURN count(n)")).isZero();
    }

    @Test
    void hostileFileNamesAndTextsAreStoredAsDataNotRun() throws Exception {
        List<Path> files = new ArrayList<>();
        int i = 0;
        for (String hostile : HOSTILE.subList(0, 9)) {
            String name = "page-" + (i++) + hostile.replace('/', '_').replace('\\', '_').replace("\u0000", "") + ".txt";
            files.add(Files.writeString(dir.resolve(name), "区委书记李富生" + hostile + "带领区商务局考察。" + hostile));
        }
        long before = count("MATCH (a:Article) RETURN count(a)");

        IngestSummary summary = ingest(files.toArray(Path[]::new));

        assertThat(summary.failures()).isEmpty();
        assertThat(count("MATCH (a:Article) RETURN count(a)")).isEqualTo(before + files.size());
        assertThat(count("MATCH (n:Pwned) RETURN count(n)")).isZero();
        for (Path file : files) {
            assertThat(driver.executableQuery("MATCH (a:Article {source: $s}) RETURN count(a)").withParameters(Map.of("s", file.toString()))
                    .execute().records().getFirst().get(0).asLong()).as(file.getFileName().toString()).isEqualTo(1);
        }
    }

    /** The schema as introspection tells it, and one query per argument that puts {@code $v} into that argument. */
    record Schema(Map<String, JsonNode> types) {

        static Schema introspect(GraphQlHttp http) {
            JsonNode result = http.post("""
                    { __schema { queryType { name } types { name kind
                        fields { name args { name type { ...T } } type { ...T } }
                        inputFields { name type { ...T } } enumValues { name } } } }
                    fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }""", Map.of());
            Map<String, JsonNode> types = new LinkedHashMap<>();
            for (JsonNode type : result.path("data").path("__schema").path("types")) {
                types.put(type.path("name").asString(), type);
            }
            return new Schema(types);
        }

        /** For every field (of the query type, and of every type a query field returns) with a String, ID or Int argument. */
        List<String> probes() {
            List<String> probes = new ArrayList<>();
            JsonNode query = types.get("Query");
            for (JsonNode field : query.path("fields")) {
                for (JsonNode arg : field.path("args")) {
                    String scalar = namedType(arg.path("type"));
                    if (List.of("String", "ID").contains(scalar)) {
                        String call = field.path("name").asString() + "(" + arguments(field, arg.path("name").asString()) + ")";
                        probes.add("query($v: " + typeRef(arg.path("type")) + ") { " + call + selection(field.path("type")) + " }");
                    }
                }
                // Arguments of fields one level down (Article.mentions(first)), reached through a query field without required args.
                String returned = namedType(field.path("type"));
                JsonNode type = types.get(returned);
                if (type != null && "OBJECT".equals(type.path("kind").asString()) && !hasRequiredArgs(field)) {
                    for (JsonNode child : type.path("fields")) {
                        for (JsonNode arg : child.path("args")) {
                            if (List.of("String", "ID").contains(namedType(arg.path("type")))) {
                                probes.add("query($v: " + typeRef(arg.path("type")) + ") { " + field.path("name").asString() + " { "
                                        + child.path("name").asString() + "(" + arguments(child, arg.path("name").asString()) + ")"
                                        + selection(child.path("type")) + " } }");
                            }
                        }
                    }
                }
            }
            return probes;
        }

        private String arguments(JsonNode field, String probed) {
            List<String> parts = new ArrayList<>();
            for (JsonNode arg : field.path("args")) {
                String name = arg.path("name").asString();
                if (name.equals(probed)) {
                    parts.add(name + ": $v");
                } else if ("NON_NULL".equals(arg.path("type").path("kind").asString())) {
                    parts.add(name + ": " + sample(namedType(arg.path("type"))));
                }
            }
            return String.join(", ", parts);
        }

        private String sample(String scalar) {
            return switch (scalar) {
                case "Int" -> "1";
                case "Float" -> "1.0";
                case "Boolean" -> "true";
                case "String", "ID" -> "\"x\"";
                default -> {
                    JsonNode type = types.get(scalar);
                    yield type != null && type.path("enumValues").size() > 0 ? type.path("enumValues").get(0).path("name").asString() : "\"x\"";
                }
            };
        }

        private String selection(JsonNode typeRef) {
            JsonNode type = types.get(namedType(typeRef));
            return type != null && List.of("OBJECT", "INTERFACE", "UNION").contains(type.path("kind").asString()) ? " { __typename }" : "";
        }

        private static boolean hasRequiredArgs(JsonNode field) {
            for (JsonNode arg : field.path("args")) {
                if ("NON_NULL".equals(arg.path("type").path("kind").asString())) {
                    return true;
                }
            }
            return false;
        }

        private static String namedType(JsonNode typeRef) {
            JsonNode t = typeRef;
            while (t.path("name").isNull() || t.path("name").isMissingNode()) {
                t = t.path("ofType");
            }
            return t.path("name").asString();
        }

        private static String typeRef(JsonNode typeRef) {
            return switch (typeRef.path("kind").asString()) {
                case "NON_NULL" -> typeRef(typeRef.path("ofType")) + "!";
                case "LIST" -> "[" + typeRef(typeRef.path("ofType")) + "]";
                default -> typeRef.path("name").asString();
            };
        }
    }
}
