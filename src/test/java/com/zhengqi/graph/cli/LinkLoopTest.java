package com.zhengqi.graph.cli;

import com.zhengqi.graph.CommandProcess;
import com.zhengqi.graph.read.SourceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A folder whose links to folders loop back ({@code ln -s . s1; ln -s . s2}) is walked once: its own
 * file is read once, each link is named as skipped, and the run ends. Two such links once made
 * ingest and serve (which share one walk, read.SourceFiles) run at full CPU forever (issue 16).
 */
class LinkLoopTest {

    private static final String PAGE = "区委书记李富生带领区商务局考察吴江市顺业纺织有限公司。";

    @TempDir
    Path dir;

    private Path loopingFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("L"));
        Files.writeString(folder.resolve("a.txt"), PAGE);
        Files.createSymbolicLink(folder.resolve("s1"), Path.of("."));
        Files.createSymbolicLink(folder.resolve("s2"), Path.of("."));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("b.txt"), PAGE);
        Files.createSymbolicLink(folder.resolve("to-elsewhere"), elsewhere);
        Files.createSymbolicLink(folder.resolve("c.txt"), folder.resolve("a.txt"));
        return folder;
    }

    @Test
    void extractReadsEachFileOnceAndNamesEveryLinkToAFolderAsSkipped() throws Exception {
        Path folder = loopingFolder();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "extract", folder.toString());

        assertThat(exit).isZero();
        assertThat(out.toString().lines().toList()).as("a.txt, and c.txt: a link to a file is read").hasSize(2);
        assertThat(err.toString().lines().toList()).containsExactly(
                folder.resolve("s1") + ": " + SourceFiles.SKIPPED_LINK,
                folder.resolve("s2") + ": " + SourceFiles.SKIPPED_LINK,
                folder.resolve("to-elsewhere") + ": " + SourceFiles.SKIPPED_LINK,
                "extracted 2 file(s), 0 failed");
    }

    @Test
    void aLinkToAFolderNamedOnTheCommandLineIsWalked() throws Exception {
        loopingFolder();
        StringWriter out = new StringWriter();

        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "extract", dir.resolve("L/to-elsewhere").toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("b.txt");
    }

    /** In a process of its own, so that the old endless walk would be a stuck child, not a stuck test JVM. */
    @Test
    void ingestEndsReadingTheFolderOnceAndNamesTheSkippedLinks() throws Exception {
        Path folder = loopingFolder();

        CommandProcess ingest = CommandProcess.run("ingest", "--data-dir", dir.resolve("data").toString(), "--bolt-port", "0", folder.toString());

        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(ingest.out()).startsWith("ingested 2 file(s)").contains("1 article(s) written");
        assertThat(ingest.err()).contains(folder.resolve("s1") + ": " + SourceFiles.SKIPPED_LINK)
                .contains(folder.resolve("s2") + ": " + SourceFiles.SKIPPED_LINK);
    }
}
