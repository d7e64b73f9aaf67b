package com.zhengqi.graph.read;

import com.zhengqi.graph.read.source.DocumentReader;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands the paths a user names (files or folders, walked recursively) into input files, in a
 * stable order. Never fails: a path that cannot be listed or read stays in the list, so that reading
 * it reports the problem for that path alone and the batch goes on.
 */
public final class SourceFiles {

    private SourceFiles() {
    }

    /**
     * A path that is not a folder is kept as it is, whatever its extension, even when it does not
     * exist. In a folder, the files of the supported formats (.txt, .html, .htm, .pdf, .json, .jsonl)
     * are taken, sorted; hidden files and folders (a leading dot) and other files are left alone.
     */
    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(walk(path));
            } else {
                files.add(path);
            }
        }
        return List.copyOf(files);
    }

    private static List<Path> walk(Path folder) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (!hidden(file) && DocumentReader.isSupported(file) && !attributes.isDirectory()) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // Kept so that reading it names the file and the reason (permission denied, vanished, ...).
                    found.add(file);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(folder);
        }
        found.sort(null);
        return found;
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
