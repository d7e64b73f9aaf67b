package com.zhengqi.graph.launcher;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Running the application on Java 17 fails with one line that names the Java it needs. */
class LauncherOnOldJavaTest {

    @Test
    void anOldJavaGetsOneLineSayingWhichJavaIsNeeded() throws Exception {
        Optional<Path> java17 = findJava("17");
        assumeTrue(java17.isPresent(), "no Java 17 installed beside the JDK 25");

        Process process = new ProcessBuilder(java17.get().toString(), "-cp", "target/classes", Launcher.class.getName(), "--help")
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();

        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(output.lines()).hasSize(1);
        assertThat(output).contains("needs Java 25").contains("this is Java 17");
    }

    private static Optional<Path> findJava(String feature) throws Exception {
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> dirs = Files.list(jvms)) {
            return dirs.filter(d -> d.getFileName().toString().contains("-" + feature + "-") || d.getFileName().toString().endsWith("-" + feature))
                    .map(d -> d.resolve("bin/java"))
                    .filter(Files::isExecutable)
                    .min(Comparator.naturalOrder());
        }
    }
}
