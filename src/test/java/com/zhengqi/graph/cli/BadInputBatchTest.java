package com.zhengqi.graph.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A folder of good and bad files through {@code extract}: each bad file gets one line naming it and
 * the reason, each bad JSON-lines record one line naming its file and line, the good files and records
 * are all extracted, and the exit code says that something failed.
 */
class BadInputBatchTest {

    private static final String PAGE = "区委书记李富生带领区商务局考察吴江市顺业纺织有限公司。市长王建国会见客商。";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void everyBadFileGetsOneLineAndTheGoodOnesAreAllExtracted() throws Exception {
        Files.writeString(dir.resolve("a-good.txt"), PAGE);
        Files.write(dir.resolve("b-gbk.txt"), PAGE.getBytes(Charset.forName("GBK")));
        Files.write(dir.resolve("c-big5.txt"), "區委書記李富生帶領區商務局考察吳江市順業紡織有限公司。".getBytes(Charset.forName("Big5")));
        Files.writeString(dir.resolve("d-page.html"), "<html><head><title>招商</title></head><body><p>" + PAGE + "</p></body></html>");
        Files.writeString(dir.resolve("e-news.jsonl"), "{\"text\": \"" + PAGE + "\"}\n{\"text\": \"副市长赵六出席签约仪式。\"}\n");
        Files.write(dir.resolve("f-empty.txt"), new byte[0]);
        Files.write(dir.resolve("g-binary.txt"), new byte[]{'G', 'I', 'F', '8', '9', 'a', 0, 0, 1, 2});
        Files.writeString(dir.resolve("h-fake.pdf"), PAGE);
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("i-huge.txt").toFile(), "rw")) {
            huge.setLength(200L << 20);
        }
        Files.writeString(dir.resolve("j-bad.jsonl"), "{\"text\": \"好。\"}\n{oops}\n");
        assertThat(new ProcessBuilder("mkfifo", dir.resolve("k-pipe.txt").toString()).start().waitFor()).isZero();
        Files.write(dir.resolve("logo.png"), new byte[]{(byte) 0x89, 'P', 'N', 'G', 0});
        Files.writeString(dir.resolve(".hidden.txt"), PAGE);

        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "extract", dir.toString());

        assertThat(exit).isEqualTo(ExitCodes.SOME_FILES_FAILED);
        List<String> sources = out.toString().lines()
                .map(line -> JsonMapper.builder().build().readTree(line).path("source").asString()).toList();
        assertThat(sources).containsExactly(path("a-good.txt"), path("b-gbk.txt"), path("c-big5.txt"), path("d-page.html"),
                path("e-news.jsonl"), path("j-bad.jsonl"));
        List<String> problems = err.toString().lines().toList();
        assertThat(problems).containsExactly(
                path("f-empty.txt") + ": empty file",
                path("g-binary.txt") + ": binary data, not text (a NUL byte at offset 6)",
                problems.get(2),
                path("i-huge.txt") + ": too big: 200.0 MB, more than the 3.8 MB a file of this kind may have (see docs/robustness.md; split it)",
                problems.get(4),
                path("k-pipe.txt") + ": not a regular file (a pipe, device or socket)",
                "extracted 6 file(s), 5 failed, 1 record(s) skipped");
        assertThat(problems.get(2)).startsWith(path("h-fake.pdf") + ": not a readable PDF (");
        assertThat(problems.get(4)).startsWith(path("j-bad.jsonl") + ":2: not valid JSON (");
    }

    @Test
    void aFileThatVanishesMidRunIsReportedAndTheRunGoesOn() throws IOException {
        for (String name : List.of("1.txt", "2.txt", "3.txt")) {
            Files.writeString(dir.resolve(name), name + PAGE);
        }
        // The first JSON line printed deletes the last file, which the run has listed but not yet read.
        PrintWriter deletingOut = new PrintWriter(out, true) {
            @Override
            public void println(String line) {
                super.println(line);
                try {
                    Files.deleteIfExists(dir.resolve("3.txt"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };

        int exit = Main.run(deletingOut, new PrintWriter(err, true), "extract", dir.toString());

        assertThat(exit).isEqualTo(ExitCodes.SOME_FILES_FAILED);
        assertThat(out.toString().lines()).hasSize(2);
        assertThat(err.toString().lines()).containsExactly(path("3.txt") + ": no such file or folder (moved or deleted?)",
                "extracted 2 file(s), 1 failed");
    }

    @Test
    void anUnreadableFileIsReportedAsPermissionDeniedWhenNotRunningAsRoot() throws Exception {
        Path locked = Files.writeString(dir.resolve("locked.txt"), PAGE);
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        // Root reads any file whatever its permissions; the FIFO above is how the tests make reading fail then.
        boolean root = "root".equals(System.getProperty("user.name"));

        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "extract", locked.toString());

        if (root) {
            assertThat(exit).isZero();
        } else {
            assertThat(exit).isEqualTo(ExitCodes.SOME_FILES_FAILED);
            assertThat(err.toString()).startsWith(locked + ": permission denied");
        }
    }

    @Test
    void anUnknownEncodingIsRefusedBeforeAnyFileIsRead() throws IOException {
        Files.writeString(dir.resolve("a.txt"), PAGE);

        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "extract", "--encoding", "klingon", dir.toString());

        assertThat(exit).isEqualTo(ExitCodes.FAILED);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().strip()).isEqualTo("error: unknown encoding 'klingon' (try UTF-8, GBK, GB18030 or Big5)");
    }

    @Test
    void theEncodingOptionAppliesToEveryFile() throws IOException {
        Files.write(dir.resolve("gbk.txt"), PAGE.getBytes(Charset.forName("GBK")));

        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "extract", "--encoding", "utf-8", dir.toString());

        assertThat(exit).isEqualTo(ExitCodes.SOME_FILES_FAILED);
        assertThat(err.toString()).contains("gbk.txt: not valid UTF-8 text at byte 0 (--encoding UTF-8)");
    }

    private String path(String name) {
        return dir.resolve(name).toString();
    }
}
