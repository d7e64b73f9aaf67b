package com.zhengqi.graph.spark;

import com.zhengqi.graph.read.SourceFiles;
import com.zhengqi.graph.read.source.DocumentReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The job's input files, numbered in the order {@code ingest} reads them. A path without a scheme, or
 * with {@code file:}, is walked by the main project's {@link SourceFiles} (the same files, order and
 * skipped links as ingest). Any other file system (HDFS, S3, ...) is listed through Hadoop: files of the
 * supported formats, hidden files and folders left out, each named folder's files in path order.
 *
 * <p>Parquet files ({@code .parquet}) are inputs too, wherever they are (a table as Spark or Hive writes it is a
 * folder of them): {@code ingest} leaves them alone, so they take the place in the walk their names give them, as
 * a JSON-lines file of the same rows would (except under a name starting with an underscore, as Spark and Hive
 * leave out {@code _temporary/}). Their rows are read by {@link TableInput}.
 */
final class InputListing {

    private InputListing() {
    }

    static List<InputFile> of(List<String> arguments, Configuration configuration, Consumer<String> messages) throws IOException {
        List<InputFile> files = new ArrayList<>();
        for (String argument : arguments) {
            URI uri = URI.create(argument.replace(" ", "%20"));
            if (uri.getScheme() == null || "file".equals(uri.getScheme())) {
                java.nio.file.Path local = uri.getScheme() == null ? java.nio.file.Path.of(argument) : java.nio.file.Path.of(uri);
                List<java.nio.file.Path> walked;
                try (Stream<java.nio.file.Path> found = SourceFiles.of(List.of(local), link -> messages.accept(link + ": " + SourceFiles.SKIPPED_LINK))) {
                    walked = new ArrayList<>(found.toList());
                }
                if (java.nio.file.Files.isDirectory(local)) {
                    walked.addAll(localTables(local));
                    walked.sort(InputListing::walkOrder);
                }
                walked.forEach(p -> files.add(new InputFile(files.size(), p.toAbsolutePath().toUri().toString(), p.toString(),
                        InputFile.isTable(p.toString()))));
            } else {
                for (String file : hadoopFiles(new Path(uri), configuration)) {
                    files.add(new InputFile(files.size(), file, file, InputFile.isTable(file)));
                }
            }
        }
        return files;
    }

    private static List<String> hadoopFiles(Path root, Configuration configuration) throws IOException {
        FileSystem fs = root.getFileSystem(configuration);
        FileStatus status = fs.getFileStatus(root);
        if (!status.isDirectory()) {
            return List.of(status.getPath().toString());
        }
        List<String> files = new ArrayList<>();
        String prefix = status.getPath().toString();
        RemoteIterator<LocatedFileStatus> listing = fs.listFiles(root, true);
        while (listing.hasNext()) {
            Path file = listing.next().getPath();
            String relative = file.toString().substring(Math.min(prefix.length(), file.toString().length()));
            boolean table = InputFile.isTable(file.getName()) && !sparkPrivate(relative);
            if (!hidden(relative) && (DocumentReader.isSupported(java.nio.file.Path.of(file.getName())) || table)) {
                files.add(file.toString());
            }
        }
        files.sort(null);
        return files;
    }

    /** The Parquet files under a local folder, hidden files and folders left out, links to folders not followed. */
    private static List<java.nio.file.Path> localTables(java.nio.file.Path folder) {
        try (Stream<java.nio.file.Path> tree = java.nio.file.Files.walk(folder)) {
            return tree.filter(p -> InputFile.isTable(p.getFileName().toString()) && !java.nio.file.Files.isDirectory(p)
                    && !hidden(folder.relativize(p).toString()) && !sparkPrivate(folder.relativize(p).toString())).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            // SourceFiles keeps a folder it cannot list, and reading it reports why: nothing more to say here.
            return List.of();
        }
    }

    /**
     * The order of SourceFiles' walk: each folder's entries in name order, a subfolder's files where its name
     * falls; that is, paths compared name by name. Sorting the walk by it changes nothing and puts each
     * Parquet file where the walk would have met it.
     */
    private static int walkOrder(java.nio.file.Path a, java.nio.file.Path b) {
        for (int i = 0; i < Math.min(a.getNameCount(), b.getNameCount()); i++) {
            int c = a.getName(i).compareTo(b.getName(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.getNameCount(), b.getNameCount());
    }

    /**
     * Whether a Parquet file is under a name starting with an underscore ({@code _temporary/} of a write that
     * did not finish, {@code _delta_log/}): Spark and Hive leave those out of a table, and so does the job.
     */
    private static boolean sparkPrivate(String relativePath) {
        return Stream.of(relativePath.split("/")).anyMatch(part -> part.startsWith("_"));
    }

    private static boolean hidden(String relativePath) {
        return Stream.of(relativePath.split("/")).anyMatch(part -> part.startsWith("."));
    }
}
