package com.zhengqi.graph.registry;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything that names a label or a relationship type by hand agrees with graph/registry.json:
 * the GraphQL enum, the explorer's kinds.json and kinds.js, the Cypher files and the Cypher in the
 * store, the API and the exports, the schema's constraints, and the tables of docs/graph-model.md.
 * (The store's merge policy, the API's default types and edge labels, the exports' colours and
 * resolution's posts are built from the registry; GraphModelDocTest checks what extraction prints.)
 * One list of disagreements, so a new type shows at once every place still to change.
 */
class RegistryAgreementTest {

    private static final GraphRegistry REGISTRY = GraphRegistry.standard();
    private static final Pattern RELATIONSHIP_TYPES = Pattern.compile("\\[\\w*:([A-Z_|:]+)");
    private static final Pattern NODE_LABELS = Pattern.compile("\\(\\w*((?::[A-Z][A-Za-z]+(?:\\|[A-Z][A-Za-z]+)*)+)");
    private static final Pattern DIRECTED = Pattern.compile(
            "\\(\\w*:([A-Z][A-Za-z]+)[^()]*\\)-\\[\\w*:([A-Z_|]+)[^\\]]*\\]->\\(\\w*:([A-Z][A-Za-z]+)");

    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    private final List<String> disagreements = new ArrayList<>();

    @Test
    void everyPlaceThatNamesALabelOrATypeAgreesWithTheRegistry() throws IOException {
        graphqlEnum();
        explorerKinds();
        explorerEdgeStyles();
        cypher();
        constraints();
        docsTables();
        assertThat(disagreements).as("bring these in line with graph/registry.json (docs/registry.md)").isEmpty();
    }

    @Test
    void theRegistryHoldsTheModelsLabelsAndTypes() {
        assertThat(REGISTRY.relationshipTypes()).extracting(RelationshipType::type)
                .contains("HOLDS_POSITION", "INVESTS_IN", "VISITED", "MENTIONS", "FOR_REGION");
        assertThat(REGISTRY.type("LEADS").distinguishingProperty()).hasValue("title");
        assertThat(REGISTRY.type("VISITED").isFact()).isFalse();
        assertThat(REGISTRY.kindOf(List.of("Organization", "Company")).key()).isEqualTo("company");
        assertThat(REGISTRY.kindOf(List.of("InvestmentStatistic"))).isEqualTo(REGISTRY.otherKind());
    }

    private void graphqlEnum() throws IOException {
        String schema = Files.readString(Path.of("src/main/resources/graphql/schema.graphqls"));
        Matcher body = Pattern.compile("enum RelationshipType \\{(.*?)}", Pattern.DOTALL).matcher(schema);
        if (!body.find()) {
            disagreements.add("schema.graphqls: no enum RelationshipType");
            return;
        }
        Set<String> values = new LinkedHashSet<>();
        for (String line : body.group(1).lines().map(String::strip).toList()) {
            if (line.matches("[A-Z_]+")) {
                values.add(line);
            }
        }
        sameSet("schema.graphqls enum RelationshipType", values, typeNames());
    }

    private void explorerKinds() throws IOException {
        JsonNode kinds = JsonMapper.builder().build().readTree(Path.of("src/main/resources/static/kinds.json").toFile()).path("kinds");
        List<String> expected = new ArrayList<>();
        for (NodeLabel label : REGISTRY.labels()) {
            if (label.kind() != null) {
                expected.add(kindLine(label.kind(), List.of(label.label())));
            }
        }
        expected.add(kindLine(REGISTRY.otherKind(), List.of()));
        List<String> actual = new ArrayList<>();
        for (JsonNode kind : kinds) {
            NodeKind read = new NodeKind(kind.path("key").asString(), kind.path("name").asString(), kind.path("english").asString(),
                    kind.path("color").asString(), kind.path("shape").asString());
            actual.add(kindLine(read, kind.path("labels").valueStream().map(JsonNode::asString).toList()));
        }
        if (!actual.equals(expected)) {
            disagreements.add("static/kinds.json kinds " + actual + " but the registry has " + expected);
        }
    }

    private static String kindLine(NodeKind kind, List<String> labels) {
        return kind + " " + labels;
    }

    private void explorerEdgeStyles() throws IOException {
        String script = Files.readString(Path.of("src/main/resources/static/js/kinds.js"));
        Matcher entry = Pattern.compile("([A-Z_]+): \\{name: '([^']*)', color: '([^']*)', style: '([^']*)'}").matcher(script);
        List<String> actual = new ArrayList<>();
        while (entry.find()) {
            actual.add(entry.group(1) + " " + entry.group(2) + " " + entry.group(3) + " " + entry.group(4));
        }
        List<String> expected = REGISTRY.relationshipTypes().stream()
                .map(t -> t.type() + " " + t.name() + " " + t.color() + " " + t.line()).toList();
        if (!actual.equals(expected)) {
            disagreements.add("js/kinds.js EDGE_STYLES " + actual + " but the registry has " + expected);
        }
        Matcher off = Pattern.compile("DEFAULT_OFF = new Set\\(\\[([^]]*)]\\)").matcher(script);
        Set<String> defaultOff = new LinkedHashSet<>();
        if (off.find()) {
            Arrays.stream(off.group(1).split(",")).map(s -> s.strip().replace("'", "")).filter(s -> !s.isEmpty()).forEach(defaultOff::add);
        }
        Set<String> notFollowed = new LinkedHashSet<>();
        REGISTRY.relationshipTypes(t -> !t.followedByDefault()).forEach(t -> notFollowed.add(t.type()));
        sameSet("js/kinds.js DEFAULT_OFF", defaultOff, notFollowed);
    }

    /** The Cypher files and the Java that holds Cypher: types and labels exist, directed patterns join admitted labels. */
    private void cypher() throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("cypher"))) {
            files.filter(p -> p.toString().endsWith(".cypher")).forEach(sources::add);
        }
        for (String pkg : List.of("store", "serve", "export")) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/com/zhengqi/graph", pkg))) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        for (Path source : sources.stream().sorted().toList()) {
            String text = source.toString().endsWith(".java") ? literals(read(source)) : read(source);
            Matcher types = RELATIONSHIP_TYPES.matcher(text);
            while (types.find()) {
                for (String type : types.group(1).split("[|:]")) {
                    if (!type.isEmpty() && REGISTRY.find(type).isEmpty()) {
                        disagreements.add(source + ": relationship type " + type + " is not in the registry");
                    }
                }
            }
            Matcher labels = NODE_LABELS.matcher(text);
            while (labels.find()) {
                for (String label : labels.group(1).split("[|:]")) {
                    if (!label.isEmpty() && REGISTRY.label(label).isEmpty()) {
                        disagreements.add(source + ": label " + label + " is not in the registry");
                    }
                }
            }
            Matcher directed = DIRECTED.matcher(text);
            while (directed.find()) {
                for (String type : directed.group(2).split("\\|")) {
                    REGISTRY.find(type).filter(t -> !t.admits(List.of(directed.group(1)), List.of(directed.group(3))))
                            .ifPresent(t -> disagreements.add(source + ": " + directed.group() + " joins labels the registry does not admit for " + type));
                }
            }
        }
    }

    /** The text of a Java file's text blocks and string literals, where its Cypher is (comments name other things). */
    private static String literals(String java) {
        StringBuilder text = new StringBuilder();
        Matcher blocks = TEXT_BLOCK.matcher(java);
        while (blocks.find()) {
            text.append(blocks.group(1)).append('\n');
        }
        Matcher strings = STRING.matcher(blocks.replaceAll(""));
        while (strings.find()) {
            text.append(strings.group(1)).append('\n');
        }
        return text.toString();
    }

    private void constraints() throws IOException {
        String schema = Files.readString(Path.of("cypher/schema.cypher"));
        for (NodeLabel label : REGISTRY.labels()) {
            String constraint = "FOR (n:%s) REQUIRE n.%s IS UNIQUE".formatted(label.label(), label.key());
            if (!label.isExtra() && !schema.contains(constraint)) {
                disagreements.add("cypher/schema.cypher: no " + constraint);
            }
        }
    }

    /** Each label and type has its row in docs/graph-model.md, naming its key, its ends and its properties; no row is left over. */
    private void docsTables() throws IOException {
        String doc = Files.readString(Path.of("docs/graph-model.md"));
        Map<String, List<String>> nodeRows = rows(section(doc, "## Nodes"));
        Map<String, List<String>> typeRows = rows(section(doc, "## Relationships"));
        Set<String> labels = new LinkedHashSet<>();
        for (NodeLabel label : REGISTRY.labels()) {
            if (label.isExtra()) {
                continue;
            }
            labels.add(label.label());
            List<String> cells = nodeRows.get(label.label());
            if (cells == null) {
                disagreements.add("docs/graph-model.md: no row for the label " + label.label());
            } else if (!cells.get(1).equals("`" + label.key() + "`")) {
                disagreements.add("docs/graph-model.md: the key of " + label.label() + " is " + cells.get(1) + ", the registry says " + label.key());
            }
        }
        sameSet("docs/graph-model.md node rows", nodeRows.keySet(), labels);
        for (RelationshipType type : REGISTRY.relationshipTypes()) {
            List<String> cells = typeRows.get(type.type());
            if (cells == null) {
                disagreements.add("docs/graph-model.md: no row for the relationship type " + type.type());
                continue;
            }
            for (String end : concat(type.from(), type.to())) {
                String written = end.equals(RelationshipType.ANY_LABEL) ? "any" : end;
                if (!cells.get(1).contains(written)) {
                    disagreements.add("docs/graph-model.md: the row of " + type.type() + " does not name its end " + written);
                }
            }
            for (String property : type.properties()) {
                if (!String.join("|", cells).contains("`" + property + "`")) {
                    disagreements.add("docs/graph-model.md: the row of " + type.type() + " does not name its property " + property);
                }
            }
        }
        sameSet("docs/graph-model.md relationship rows", typeRows.keySet(), typeNames());
    }

    private static String section(String doc, String heading) {
        int start = doc.indexOf(heading);
        int end = doc.indexOf("\n## ", start + heading.length());
        return start < 0 ? "" : doc.substring(start, end < 0 ? doc.length() : end);
    }

    /** The first table of a section: its rows by the backticked name of their first cell, as cells. */
    private static Map<String, List<String>> rows(String section) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : section.lines().toList()) {
            if (line.startsWith("| `")) {
                List<String> cells = Arrays.stream(line.substring(1).split("\\|")).map(String::strip).toList();
                rows.putIfAbsent(cells.getFirst().replace("`", ""), cells);
                inTable = true;
            } else if (inTable && !line.startsWith("|")) {
                break;
            }
        }
        return rows;
    }

    private void sameSet(String what, Set<String> actual, Set<String> expected) {
        Set<String> missing = new LinkedHashSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new LinkedHashSet<>(actual);
        extra.removeAll(expected);
        if (!missing.isEmpty() || !extra.isEmpty()) {
            disagreements.add(what + ": missing " + missing + ", not in the registry " + extra);
        }
    }

    private static Set<String> typeNames() {
        Set<String> names = new LinkedHashSet<>();
        REGISTRY.relationshipTypes().forEach(t -> names.add(t.type()));
        return names;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
