package com.zhengqi.graph;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fences between the top-level packages, read from the main sources (imports and fully
 * qualified names alike): the extraction stages and their model know nothing of the store, the
 * API, the exports or the command line; the store knows nothing of the API, the exports or the
 * command line; the API and the exports know nothing of the command line.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java/com/zhengqi/graph");
    private static final Pattern PACKAGE = Pattern.compile("^package com\\.zhengqi\\.graph\\.?([a-z]\\w*)?", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("com\\.zhengqi\\.graph\\.([a-z]\\w*)");

    private static final Set<String> DELIVERY = Set.of("store", "serve", "export", "cli");
    private static final Map<String, Set<String>> FORBIDDEN = Map.ofEntries(
            Map.entry("read", DELIVERY), Map.entry("find", DELIVERY), Map.entry("relate", DELIVERY),
            Map.entry("resolve", DELIVERY), Map.entry("extract", DELIVERY), Map.entry("model", DELIVERY),
            Map.entry("registry", DELIVERY), Map.entry("security", DELIVERY), Map.entry("ner", DELIVERY),
            Map.entry("store", Set.of("serve", "export", "cli")),
            Map.entry("serve", Set.of("cli")),
            Map.entry("export", Set.of("cli")));

    @Test
    void noPackageDependsOnOneBeyondItsFence() {
        Map<String, Set<String>> crossings = new TreeMap<>();
        dependencies().forEach((from, targets) -> targets.stream()
                .filter(FORBIDDEN.getOrDefault(from, Set.of())::contains)
                .forEach(target -> crossings.computeIfAbsent(from, k -> new TreeSet<>()).add(target)));
        assertThat(crossings).as("package -> packages it must not use").isEmpty();
    }

    @Test
    void theScanSeesTheDependenciesThatAreAllowed() {
        Map<String, Set<String>> dependencies = dependencies();
        assertThat(dependencies.get("serve")).contains("store", "security", "registry");
        assertThat(dependencies.get("store")).contains("security", "extract");
        assertThat(dependencies.get("cli")).contains("ner", "store");
    }

    /** Each top-level package (the root as "") and the other top-level packages its classes name. */
    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(file -> {
                String text = read(file);
                Matcher pkg = PACKAGE.matcher(text);
                String from = pkg.find() && pkg.group(1) != null ? pkg.group(1) : "";
                Set<String> targets = dependencies.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(text);
                while (reference.find()) {
                    if (!reference.group(1).equals(from)) {
                        targets.add(reference.group(1));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dependencies;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
