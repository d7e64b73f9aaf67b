package com.zhengqi.graph.store;

import com.zhengqi.graph.extract.PageExtractor;
import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.read.ReadFailures;
import com.zhengqi.graph.read.SourceFiles;
import com.zhengqi.graph.read.source.DocumentReader;
import com.zhengqi.graph.read.source.SourceDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads, extracts and writes a set of files: extraction runs on every core while this thread, the
 * one writer, resolves and writes batches of whole articles in file order. Files are walked lazily
 * and at most a few per thread are extracted ahead of the writer, so memory stays flat however large
 * the folder. A file that cannot be read or extracted, a bad record of a JSON-lines file, or an
 * article that cannot be written, is reported and skipped; the run goes on.
 */
@Service
public class IngestService {

    /** How far extraction may run ahead of the writer, in files per extraction thread. */
    private static final int FILES_AHEAD_PER_THREAD = 8;
    /** A progress line for plain message consumers at most this often. */
    private static final double MESSAGE_INTERVAL_SECONDS = 2;

    private final PageExtractor extractor;
    private final GraphWriter writer;
    private final DocumentReader reader;
    private final IngestProperties properties;
    private final IngestActivity activity;

    public IngestService(PageExtractor extractor, GraphWriter writer, DocumentReader reader, IngestProperties properties,
                         IngestActivity activity) {
        this.extractor = extractor;
        this.writer = writer;
        this.reader = reader;
        this.properties = properties;
        this.activity = activity;
    }

    /** What {@link #ingestText} extracted and what writing it did. */
    public record TextIngest(List<ArticleGraph> articles, WriteResult written) {
    }

    /**
     * Extracts one text (an article, or a page holding several) and writes it, as a file's text is:
     * the {@code ingestArticle} mutation's path. {@code publishedOn} (ISO), when given, overrides the
     * date the extractor reads from the page; it is known while extracting, so that 昨日 or 12月1日 in a page
     * that states no date of its own resolve against it, as a file's stated date does.
     */
    public TextIngest ingestText(String source, String text, @Nullable String publishedOn) {
        SourceDocument document = new SourceDocument(source, text, null, publishedOn, null, null);
        List<ArticleGraph> articles = extractor.extract(document).articles().stream()
                .map(a -> publishedOn == null ? a : new ArticleGraph(a.id(), a.title(), a.source(), publishedOn, a.newspaper(),
                        a.text(), a.nodes(), a.relationships()))
                .toList();
        return new TextIngest(articles, writer.write(articles));
    }

    /** Ingests {@code paths}, telling {@code messages} of each failure and, every few seconds, of the progress. */
    public IngestSummary ingest(List<Path> paths, Consumer<String> messages) {
        return ingest(paths, messages, () -> false);
    }

    /** As {@link #ingest(List, Consumer)}, ending after the file in hand once {@code stopRequested} says so. */
    public IngestSummary ingest(List<Path> paths, Consumer<String> messages, BooleanSupplier stopRequested) {
        return ingest(paths, new IngestListener() {
            private double lastLine;

            @Override
            public void progress(IngestProgress progress) {
                if (progress.seconds() - lastLine >= MESSAGE_INTERVAL_SECONDS) {
                    lastLine = progress.seconds();
                    messages.accept(progress.line());
                }
            }

            @Override
            public void failed(IngestSummary.FileFailure failure) {
                messages.accept(failure.file() + ": " + failure.reason());
            }

            @Override
            public void skippedLink(Path link) {
                messages.accept(link + ": " + SourceFiles.SKIPPED_LINK);
            }

            @Override
            public boolean stopRequested() {
                return stopRequested.getAsBoolean();
            }
        });
    }

    public IngestSummary ingest(List<Path> paths, IngestListener listener) {
        activity.started();
        try {
            return run(paths, listener);
        } finally {
            activity.ended();
        }
    }

    private IngestSummary run(List<Path> paths, IngestListener listener) {
        long started = System.nanoTime();
        // The counting walk reports the links it skips; the feeding walk, on another thread, skips them silently.
        long total = SourceFiles.count(paths, listener::skippedLink);
        activity.counted(total);
        List<IngestSummary.FileFailure> failures = new ArrayList<>();
        Consumer<IngestSummary.FileFailure> fail = failure -> {
            failures.add(failure);
            listener.failed(failure);
        };
        int threads = properties.threads();
        ExecutorService extraction = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("extract-", 1).daemon().factory());
        BlockingQueue<Future<Extracted>> ahead = new ArrayBlockingQueue<>(threads * FILES_AHEAD_PER_THREAD);
        Thread feeder = Thread.ofPlatform().name("ingest-feeder").daemon().start(() -> feed(paths, extraction, ahead));
        WriteResult written = WriteResult.NONE;
        long filesDone = 0;
        long characters = 0;
        long extractNanos = 0;
        long writeNanos = 0;
        List<ArticleGraph> batch = new ArrayList<>();
        long batchCharacters = 0;
        boolean stopped = false;
        try (BatchWriter batches = writer.open(fail)) {
            for (Extracted file = next(ahead); file != Extracted.END; file = next(ahead)) {
                filesDone++;
                characters += file.characters();
                extractNanos += file.nanos();
                file.failures().forEach(fail);
                for (ArticleGraph article : file.articles()) {
                    batch.add(article);
                    batchCharacters += article.text() == null ? 0 : article.text().length();
                }
                if (batch.size() >= properties.batchSize() || batchCharacters >= properties.batchCharacters()) {
                    long t = System.nanoTime();
                    written = written.plus(batches.write(batch));
                    writeNanos += System.nanoTime() - t;
                    batch = new ArrayList<>();
                    batchCharacters = 0;
                }
                activity.progressed(filesDone);
                listener.progress(new IngestProgress(filesDone, total, done(written) + batch.size(), characters, since(started)));
                if (listener.stopRequested()) {
                    // Between files: the articles gathered so far are written below, whole, and the run ends.
                    stopped = true;
                    break;
                }
            }
            long t = System.nanoTime();
            written = written.plus(batches.write(batch));
            writeNanos += System.nanoTime() - t;
        } finally {
            feeder.interrupt();
            extraction.shutdownNow();
        }
        listener.progress(new IngestProgress(filesDone, total, done(written), characters, since(started)));
        return new IngestSummary((int) filesDone, failures, written, since(started), characters, extractNanos / 1e9,
                writeNanos / 1e9, threads, properties.batchSize(), Math.max(total, filesDone), stopped);
    }

    /** One file, read and extracted, with the reasons it (or some of its records) could not be. */
    private record Extracted(List<ArticleGraph> articles, List<IngestSummary.FileFailure> failures, long characters, long nanos) {
        static final Extracted END = new Extracted(List.of(), List.of(), 0, 0);
    }

    /** Hands files to the extraction threads in order, never more than the queue holds ahead of the writer. */
    private void feed(List<Path> paths, ExecutorService extraction, BlockingQueue<Future<Extracted>> ahead) {
        try (Stream<Path> files = SourceFiles.of(paths, link -> { })) {
            Iterator<Path> it = files.iterator();
            while (it.hasNext()) {
                Path file = it.next();
                ahead.put(extraction.submit(() -> extract(file)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            // A folder that cannot be listed: say so as a failure, and end the run with what was read.
            putQuietly(ahead, CompletableFuture.completedFuture(new Extracted(List.of(),
                    List.of(new IngestSummary.FileFailure(paths.toString(), ReadFailures.describe(e))), 0, 0)));
        }
        putQuietly(ahead, CompletableFuture.completedFuture(Extracted.END));
    }

    private Extracted extract(Path file) {
        long t = System.nanoTime();
        long characters = 0;
        // A bad record of a JSON-lines file is named (FILE:LINE) and skipped; the file's other records go on.
        List<IngestSummary.FileFailure> failures = new ArrayList<>();
        try {
            List<SourceDocument> documents = reader.read(file, skipped ->
                    failures.add(new IngestSummary.FileFailure(skipped.location(), skipped.reason())));
            characters = documents.stream().mapToLong(d -> d.text().length()).sum();
            List<ArticleGraph> articles = extractor.extract(file.toString(), documents).articles();
            return new Extracted(articles, failures, characters, System.nanoTime() - t);
        } catch (Exception | StackOverflowError e) {
            // A pathological page must not end the run, whatever it does to the extractor.
            String reason = e instanceof Exception ex ? ReadFailures.describe(ex) : "the extractor gave up on this file (" + e + ")";
            failures.add(new IngestSummary.FileFailure(file.toString(), reason));
            return new Extracted(List.of(), failures, characters, System.nanoTime() - t);
        }
    }

    private static Extracted next(BlockingQueue<Future<Extracted>> ahead) {
        try {
            return ahead.take().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed unexpectedly", e.getCause());
        }
    }

    private static void putQuietly(BlockingQueue<Future<Extracted>> queue, Future<Extracted> item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long done(WriteResult written) {
        return written.articlesWritten() + written.articlesSkipped() + written.articlesFailed();
    }

    private static double since(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
