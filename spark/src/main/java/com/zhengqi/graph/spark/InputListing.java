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
                try (Stream<java.nio.file.Path> walked = SourceFiles.of(List.of(local), link -> messages.accept(link + ": " + SourceFiles.SKIPPED_LINK))) {
                    walked.forEach(p -> files.add(new InputFile(files.size(), p.toAbsolutePath().toUri().toString(), p.toString())));
                }
            } else {
                for (String file : hadoopFiles(new Path(uri), configuration)) {
                    files.add(new InputFile(files.size(), file, file));
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
            if (!hidden(relative) && DocumentReader.isSupported(java.nio.file.Path.of(file.getName()))) {
                files.add(file.toString());
            }
        }
        files.sort(null);
        return files;
    }

    private static boolean hidden(String relativePath) {
        return Stream.of(relativePath.split("/")).anyMatch(part -> part.startsWith("."));
    }
}
