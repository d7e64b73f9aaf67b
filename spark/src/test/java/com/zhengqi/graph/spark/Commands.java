package com.zhengqi.graph.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The two commands the tests compare: the main fat jar (ingest, export) in its own JVM, and spark-ingest in this one. */
final class Commands {

    static final Path ROOT = Path.of(System.getProperty("zhengqi.root", "..")).toAbsolutePath().normalize();
    private static final Path JAR = Path.of(System.getProperty("zhengqi.jar", "../target/zhengqi-graph.jar")).toAbsolutePath();

    private Commands() {
    }

    record Run(int exit, String out, String err) {

        /** The lines naming a file or record of {@code folder}: the failures, as the user sees them. */
        List<String> failuresIn(Path folder) {
            return err.lines().filter(l -> l.startsWith(folder.toString())).sorted().toList();
        }
    }

    /** {@code java -jar zhengqi-graph.jar ARGUMENTS}; its output goes to files in {@code work}. */
    static Run java(Path work, List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-jar", JAR.toString()));
        command.addAll(arguments);
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** {@code ingest --data-dir STORE INPUTS} into an empty store, then {@code export --format csv --out CSV}. */
    static Run ingestAndExport(Path work, List<String> inputs, Path csv) throws IOException, InterruptedException {
        Path store = Files.createTempDirectory(work, "ingest-store");
        Run ingest = java(work, concat(List.of("ingest", "--data-dir", store.toString()), inputs));
        Run export = java(work, List.of("export", "--format", "csv", "--data-dir", store.toString(), "--out", csv.toString()));
        if (export.exit() != 0) {
            throw new AssertionError("export failed: " + export.err());
        }
        return ingest;
    }

    /** {@code spark-ingest ARGUMENTS}, here, its stdout and stderr caught. */
    static Run spark(List<String> arguments) {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = SparkIngest.run(arguments.toArray(String[]::new));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        Run run = new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        stdout.println(run.out());
        return run;
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
