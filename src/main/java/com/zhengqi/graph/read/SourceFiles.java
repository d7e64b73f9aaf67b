package com.zhengqi.graph.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Expands the paths a user names (files or folders, walked recursively) into input files, in a stable order. */
public final class SourceFiles {

    private SourceFiles() {
    }

    /**
     * Regular, non-hidden files under each folder, sorted; a path that is not a folder is kept as it
     * is, even when it does not exist, so that reading it reports the problem for that file alone.
     */
    public static List<Path> expand(List<Path> paths) {
        return paths.stream().flatMap(SourceFiles::walk).toList();
    }

    private static Stream<Path> walk(Path path) {
        if (!Files.isDirectory(path)) {
            return Stream.of(path);
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot list folder", e);
        }
    }
}
