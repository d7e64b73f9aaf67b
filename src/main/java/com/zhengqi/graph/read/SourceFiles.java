package com.zhengqi.graph.read;

import com.zhengqi.graph.read.source.DocumentReader;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The input files under the paths a user names, for every command that reads them (extract, ingest,
 * serve). A path that is not a folder is kept as it is, whatever its extension, even when it does not
 * exist; a folder is walked recursively, in name order, one folder's listing in memory at a time, and
 * in it the files of the supported formats are taken, hidden files and folders (a leading dot) and
 * other files left alone. Never fails: a folder that cannot be listed stays in the list, so that
 * reading it reports the problem for that path alone and the batch goes on.
 *
 * <p>Links to folders inside a walked folder are not followed, and each is handed to the caller as
 * skipped: a link can point back up ({@code ln -s . self}), and two such links made an endless walk
 * that hung ingest and serve (issue 16). A folder (or a link to one) named by the user is walked.
 */
public final class SourceFiles {

    /** Why a link to a folder was left out; the caller prints it after the link's path. */
    public static final String SKIPPED_LINK = "skipped: a link to a folder, not followed (links may loop back; name its target to read it)";

    private SourceFiles() {
    }

    /** The input files, walked as the stream is read; each link to a folder met on the way goes to {@code skippedLink}. */
    public static Stream<Path> of(List<Path> paths, Consumer<Path> skippedLink) {
        return paths.stream().flatMap(p -> Files.isDirectory(p) ? walk(p, skippedLink) : Stream.of(p));
    }

    /** How many input files there are; each link to a folder goes to {@code skippedLink}. */
    public static long count(List<Path> paths, Consumer<Path> skippedLink) {
        try (Stream<Path> files = of(paths, skippedLink)) {
            return files.count();
        }
    }

    /** The input files as a list, each named folder's files sorted by path. */
    public static List<Path> expand(List<Path> paths, Consumer<Path> skippedLink) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            try (Stream<Path> found = of(List.of(path), skippedLink)) {
                files.addAll(found.sorted().toList());
            }
        }
        return List.copyOf(files);
    }

    private static Stream<Path> walk(Path folder, Consumer<Path> skippedLink) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder, p -> !hidden(p))) {
            listing.forEach(entries::add);
        } catch (IOException | DirectoryIteratorException e) {
            // Kept so that reading it names the folder and the reason (permission denied, vanished, ...).
            return Stream.of(folder);
        }
        entries.sort(null);
        return entries.stream().flatMap(entry -> {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                return walk(entry, skippedLink);
            }
            if (Files.isSymbolicLink(entry) && Files.isDirectory(entry)) {
                skippedLink.accept(entry);
                return Stream.empty();
            }
            return DocumentReader.isSupported(entry) ? Stream.of(entry) : Stream.empty();
        });
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
