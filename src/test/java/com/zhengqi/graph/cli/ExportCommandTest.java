package com.zhengqi.graph.cli;

import com.zhengqi.graph.CommandProcess;
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
import java.util.List;

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
        assertThat(err.toString()).contains("broken.cypher: ").contains("writes.cypher: ")
                .contains("error: could not read the query file " + dir.resolve("missing.cypher") + ": no such file or folder")
                .contains("--out FOLDER");
        assertThat(missing).as("not about an input file: 1, as docs/explorer.md says").isEqualTo(ExitCodes.FAILED);
        assertThat(csvWithoutOut).as("a bad option: 1 too (2 means some input files failed)").isEqualTo(ExitCodes.FAILED);
        assertThat(target).doesNotExist();
        assertThat(count("MATCH (n:Intruder) RETURN count(n)")).isZero();
    }

    @Test
    void anOutputThatCannotBeWrittenGetsASentenceSayingWhatFailedAndWhy(@TempDir Path dir) throws Exception {
        Path existing = Files.writeString(dir.resolve("existing.csv"), "id,name\n");

        int file = run("--format", "csv", "--out", existing.toString());
        int device = run("--format", "csv", "--out", "/dev/full");
        int proc = run("--format", "graphml", "--out", "/proc/x");

        assertThat(List.of(file, device, proc)).containsOnly(ExitCodes.FAILED);
        assertThat(err.toString().lines().filter(line -> line.startsWith("error: ")).toList()).containsExactly(
                "error: could not write to " + existing + ": " + existing + " already exists and is not a folder",
                "error: could not write to /dev/full: /dev/full already exists and is not a folder",
                "error: could not write to /proc/x: no such file or folder: /proc/x");
        assertThat(err.toString()).doesNotContain("exported");
    }

    /** In a process of its own, standard output on a full device (a sibling test writes it to a working one). */
    @Test
    void aFullDiskOnStandardOutputFailsWithASentenceInsteadOfSayingExported() throws Exception {
        CommandProcess full = CommandProcess.run(Path.of("/dev/full"), "export", "--format", "cypher", "--neo4j-uri=" + endpoint.uri());

        assertThat(full.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(full.err()).contains("error: could not write to standard output: No space left on device").doesNotContain("exported");
    }
}
