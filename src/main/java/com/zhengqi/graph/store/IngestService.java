package com.zhengqi.graph.store;

import com.zhengqi.graph.extract.PageExtractor;
import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.read.ReadFailures;
import com.zhengqi.graph.read.SourceFiles;
import com.zhengqi.graph.read.source.DocumentReader;
import org.springframework.stereotype.Service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads, extracts and writes a set of files. A file that cannot be read or extracted is recorded
 * and skipped; the batch goes on.
 */
@Service
public class IngestService {

    static final int ARTICLES_PER_TRANSACTION = 100;

    private final PageExtractor extractor;
    private final GraphWriter writer;
    private final DocumentReader reader;

    public IngestService(PageExtractor extractor, GraphWriter writer, DocumentReader reader) {
        this.extractor = extractor;
        this.writer = writer;
        this.reader = reader;
    }

    public IngestSummary ingest(List<Path> paths, Consumer<String> progress) {
        long started = System.nanoTime();
        List<Path> files = SourceFiles.expand(paths);
        List<IngestSummary.FileFailure> failures = new ArrayList<>();
        List<ArticleGraph> batch = new ArrayList<>();
        WriteResult written = WriteResult.NONE;
        int done = 0;
        for (Path file : files) {
            try {
                batch.addAll(extractor.extract(file.toString(), reader.read(file)).articles());
            } catch (Exception e) {
                String reason = ReadFailures.describe(e);
                failures.add(new IngestSummary.FileFailure(file.toString(), reason));
                progress.accept(file + ": " + reason);
            }
            done++;
            if (batch.size() >= ARTICLES_PER_TRANSACTION) {
                written = written.plus(writer.write(batch));
                batch.clear();
                progress.accept("%d/%d files".formatted(done, files.size()));
            }
        }
        written = written.plus(writer.write(batch));
        return new IngestSummary(files.size(), failures, written, (System.nanoTime() - started) / 1e9);
    }
}
