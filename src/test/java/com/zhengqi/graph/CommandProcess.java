package com.zhengqi.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command of the application run in a process of its own ({@code java -cp <test class path>
 * com.zhengqi.graph.cli.Main ...}), with its real standard output and standard error kept apart:
 * what a pipe or a log file receives, logging included, which an in-JVM run with captured writers
 * cannot show. The JVM gets the permissions the jar's manifest and launcher give it (native access,
 * Unsafe), so that its warnings do not stand in for the command's output.
 */
public record CommandProcess(int exitCode, String out, String err) {

    /** Runs the command with standard output going to {@code stdout} (a file, or a device such as /dev/full). */
    public static CommandProcess run(Path stdout, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-cp", System.getProperty("java.class.path"), "com.zhengqi.graph.cli.Main"));
        command.addAll(List.of(arguments));
        Path err = Files.createTempFile("command", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("still running after 10 minutes: " + command);
            }
            String out = Files.isRegularFile(stdout) ? Files.readString(stdout, StandardCharsets.UTF_8) : "";
            return new CommandProcess(process.exitValue(), out, Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.delete(err);
        }
    }

    /** Runs the command with standard output kept in a temporary file. */
    public static CommandProcess run(String... arguments) throws IOException, InterruptedException {
        Path out = Files.createTempFile("command", ".out");
        try {
            return run(out, arguments);
        } finally {
            Files.delete(out);
        }
    }
}
