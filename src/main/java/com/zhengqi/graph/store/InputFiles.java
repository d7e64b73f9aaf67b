package com.zhengqi.graph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The input files under the paths a user names, walked lazily: one folder's listing in memory at a
 * time, however many files there are. Folders are walked recursively in name order; hidden files and
 * folders are left out; a path that is not a folder is kept as it is, even when it does not exist,
 * so that reading it reports the problem for that file alone.
 */
final class InputFiles {

    private InputFiles() {
    }

    static Stream<Path> of(List<Path> paths) {
        return paths.stream().flatMap(p -> Files.isDirectory(p) ? walk(p) : Stream.of(p));
    }

    static long count(List<Path> paths) {
        try (Stream<Path> files = of(paths)) {
            return files.count();
        }
    }

    private static Stream<Path> walk(Path folder) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder, p -> !p.getFileName().toString().startsWith("."))) {
            listing.forEach(entries::add);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list folder", e);
        }
        entries.sort(null);
        return entries.stream().flatMap(p -> Files.isDirectory(p) ? walk(p) : Files.isRegularFile(p) ? Stream.of(p) : Stream.empty());
    }
}
