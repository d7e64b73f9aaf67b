package com.zhengqi.graph.cli;

import com.zhengqi.graph.GraphTestSupport;
import com.zhengqi.graph.export.ExplorerFixture;
import com.zhengqi.graph.store.DatabaseEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code export} from the command line, pointed over Bolt at the test's embedded database (as an
 * analyst points it at a running server).
 */
class ExportCommandTest extends GraphTestSupport {

    @Autowired
    DatabaseEndpoint endpoint;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void loadTheFixture() {
        clearGraph();
        ExplorerFixture.load(driver);
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "export";
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = "--neo4j-uri=" + endpoint.uri();
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
    }

    @Test
    void writesGraphMlToStandardOutput() {
        int exit = run("--format", "graphml");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("<?xml").contains("李富生").endsWith("</graphml>\n");
        assertThat(err.toString()).contains("exported " + ExplorerFixture.NODES + " node(s) and " + ExplorerFixture.RELATIONSHIPS + " relationship(s)");
    }

    @Test
    void exportsOnlyWhatTheQueryReturns(@TempDir Path dir) throws Exception {
        Path query = Files.writeString(dir.resolve("visits.cypher"),
                "// 李富生's visits\nMATCH (p:Person {name: '李富生'})-[v:VISITED]->(c) RETURN v;\n");
        Path target = dir.resolve("out/visits.gexf");

        int exit = run("--format", "gexf", "--query", query.toString(), "--out", target.toString());

        assertThat(exit).as(err.toString()).isZero();
        String gexf = Files.readString(target);
        assertThat(gexf.split("<node ", -1)).as("李富生 and the four companies").hasSize(6);
        assertThat(gexf.split("<edge ", -1)).hasSize(5);
    }

    @Test
    void writesCsvIntoAFolder(@TempDir Path dir) throws Exception {
        int exit = run("--format", "csv", "--out", dir.resolve("csv").toString());

        assertThat(exit).as(err.toString()).isZero();
        try (var files = Files.list(dir.resolve("csv"))) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).contains("import.sh", "nodes-01-Article.csv");
        }
    }

    @Test
    void aBadQueryFileIsNamedAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path query = Files.writeString(dir.resolve("broken.cypher"), "MATCH (n RETURN n");
        Path writes = Files.writeString(dir.resolve("writes.cypher"), "CREATE (n:Intruder) RETURN n");
        Path target = dir.resolve("never.graphml");

        int broken = run("--format", "graphml", "--query", query.toString(), "--out", target.toString());
        int writing = run("--format", "graphml", "--query", writes.toString(), "--out", target.toString());
        int missing = run("--format", "graphml", "--query", dir.resolve("missing.cypher").toString());
        int csvWithoutOut = run("--format", "csv");

        assertThat(broken).isEqualTo(ExitCodes.FAILED);
        assertThat(writing).isEqualTo(ExitCodes.FAILED);
        assertThat(err.toString()).contains("broken.cypher: ").contains("writes.cypher: ").contains("missing.cypher: cannot read")
                .contains("--out FOLDER");
        assertThat(missing).isNotZero();
        assertThat(csvWithoutOut).isNotZero();
        assertThat(target).doesNotExist();
        assertThat(count("MATCH (n:Intruder) RETURN count(n)")).isZero();
    }
}
