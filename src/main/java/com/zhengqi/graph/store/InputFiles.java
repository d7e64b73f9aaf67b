package com.zhengqi.graph.store;

import com.zhengqi.graph.read.source.DocumentReader;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The input files under the paths a user names, walked lazily: one folder's listing in memory at a
 * time, however many files there are (unlike {@link com.zhengqi.graph.read.SourceFiles}, which lists
 * them all first). The same choice of files: in a folder, walked recursively in name order, the files
 * of the supported formats, hidden files and folders left out; a path that is not a folder is kept as
 * it is, even when it does not exist, and so is a folder that cannot be listed, so that reading it
 * reports the problem for that path alone.
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
        } catch (IOException | DirectoryIteratorException e) {
            return Stream.of(folder);
        }
        entries.sort(null);
        return entries.stream().flatMap(p -> Files.isDirectory(p) ? walk(p) : DocumentReader.isSupported(p) ? Stream.of(p) : Stream.empty());
    }
}
