package com.zhengqi.graph.spark;

import com.zhengqi.graph.extract.NewsPageExtractor;
import com.zhengqi.graph.extract.PageExtractor;
import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.read.ReadFailures;
import com.zhengqi.graph.read.source.DocumentReader;
import com.zhengqi.graph.read.source.ReadOptions;
import com.zhengqi.graph.read.source.SourceDocument;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads and extracts the files of one partition on an executor, each exactly as {@code ingest} does
 * (IngestService.extract): the same reader, the same extractor, a bad record or file reported with its
 * place and skipped. A local file is read where it lies; a file of another file system (HDFS, S3) is
 * copied to a local temporary file first, since the readers take a path, and named by its URI.
 */
final class FileExtraction implements FlatMapFunction<Iterator<InputFile>, ExtractedFile> {

    /** The extractor loads its models and lexicons once per executor JVM, not once per file or task. */
    static final class Engine {
        static final PageExtractor EXTRACTOR = new NewsPageExtractor();
    }

    private final @Nullable String encoding;
    private final Map<String, String> hadoopSettings;

    FileExtraction(@Nullable String encoding, Map<String, String> hadoopSettings) {
        this.encoding = encoding;
        this.hadoopSettings = hadoopSettings;
    }

    @Override
    public Iterator<ExtractedFile> call(Iterator<InputFile> files) {
        DocumentReader reader = new DocumentReader(ReadOptions.forEncodingName(encoding));
        Configuration configuration = new Configuration(false);
        hadoopSettings.forEach(configuration::set);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public ExtractedFile next() {
                return extract(files.next(), reader, configuration);
            }
        };
    }

    private static ExtractedFile extract(InputFile file, DocumentReader reader, Configuration configuration) {
        long t = System.nanoTime();
        URI uri = URI.create(file.uri());
        boolean local = "file".equals(uri.getScheme());
        Path path = local ? Path.of(uri) : null;
        try {
            if (path == null) {
                path = copyToLocal(uri, configuration);
            }
            return extract(file, path, reader, t);
        } catch (IOException e) {
            return failed(file, e.getMessage() == null ? e.toString() : e.getMessage(), t);
        } finally {
            if (!local && path != null) {
                deleteQuietly(path);
            }
        }
    }

    private static ExtractedFile extract(InputFile file, Path path, DocumentReader reader, long started) {
        Names names = new Names(path.toString(), file.source());
        List<ExtractedFile.Failure> failures = new ArrayList<>();
        long characters = 0;
        try {
            List<SourceDocument> documents = reader.read(path, skipped ->
                    failures.add(new ExtractedFile.Failure(names.rename(skipped.location()), names.rename(skipped.reason()))))
                    .stream().map(names::rename).toList();
            characters = documents.stream().mapToLong(d -> d.text().length()).sum();
            List<ArticleGraph> articles = Engine.EXTRACTOR.extract(file.source(), documents).articles();
            return new ExtractedFile(file.order(), 0, articles.stream().map(ShippedArticle::of).toList(), failures,
                    characters, System.nanoTime() - started);
        } catch (Exception | StackOverflowError e) {
            // As ingest: a pathological page must not end the run, whatever it does to the extractor.
            String reason = e instanceof Exception ex ? ReadFailures.describe(ex) : "the extractor gave up on this file (" + e + ")";
            failures.add(new ExtractedFile.Failure(file.source(), names.rename(reason)));
            return new ExtractedFile(file.order(), 0, List.of(), failures, characters, System.nanoTime() - started);
        }
    }

    private static ExtractedFile failed(InputFile file, String reason, long started) {
        return new ExtractedFile(file.order(), 0, List.of(), List.of(new ExtractedFile.Failure(file.source(), reason)), 0,
                System.nanoTime() - started);
    }

    /** The file read from {@code read} is called {@code shown}: in document sources, record places and reasons. */
    private record Names(String read, String shown) {

        String rename(String text) {
            return read.equals(shown) ? text : text.replace(read, shown);
        }

        SourceDocument rename(SourceDocument d) {
            return new SourceDocument(rename(d.source()), d.text(), d.title(), d.publishedOn(), d.originalText(), d.encoding());
        }
    }

    /** A local copy with the same file name, so the reader picks the format by extension as for a local file. */
    private static Path copyToLocal(URI uri, Configuration configuration) throws IOException {
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(uri);
        Path folder = Files.createTempDirectory("zhengqi-spark-");
        Path local = folder.resolve(remote.getName());
        FileSystem fs = remote.getFileSystem(configuration);
        try (InputStream in = fs.open(remote)) {
            Files.copy(in, local);
        }
        return local;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        } catch (IOException e) {
            // A temporary copy left behind costs disk space only, and the file was read: the run goes on.
        }
    }
}
