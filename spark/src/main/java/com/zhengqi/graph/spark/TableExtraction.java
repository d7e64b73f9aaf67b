package com.zhengqi.graph.spark;

import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.read.ReadFailures;
import com.zhengqi.graph.read.source.DocumentReader;
import com.zhengqi.graph.read.source.ReadOptions;
import com.zhengqi.graph.read.source.SourceDocument;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Extracts the rows of one partition of the article table on an executor. Each run of consecutive rows of
 * one file (at most {@link #MAX_ROWS} rows or {@link #MAX_CHARACTERS} characters) is written as JSON lines to a
 * local temporary file and read by ingest's own {@link DocumentReader}: the same rules as a JSON-lines line
 * (text required, fields that must be strings, the date fields and url a crawler gives). A bad row is named
 * {@code FILE:ROW} (its row number in its Parquet file, from 1), as a bad line is {@code FILE:LINE}, and skipped;
 * a row without a {@code source} is named so too.
 */
final class TableExtraction implements FlatMapFunction<Iterator<Row>, ExtractedFile> {

    static final int MAX_ROWS = 256;
    static final long MAX_CHARACTERS = 8L << 20;

    private final HashMap<Long, String> sources;

    /** @param sources each table file's name as the user gave it, by its input order */
    TableExtraction(HashMap<Long, String> sources) {
        this.sources = sources;
    }

    /** Consecutive rows of one file: the first row's index (from 0) and their JSON lines. */
    private record Run(long order, long firstRow, List<String> lines) {
    }

    @Override
    public Iterator<ExtractedFile> call(Iterator<Row> rows) {
        // The rows as JSON are UTF-8 whatever --encoding says: that option is about files, not about Parquet.
        DocumentReader reader = new DocumentReader(ReadOptions.forEncodingName("UTF-8"));
        return new Iterator<>() {
            private Row pending = rows.hasNext() ? rows.next() : null;

            @Override
            public boolean hasNext() {
                return pending != null;
            }

            @Override
            public ExtractedFile next() {
                if (pending == null) {
                    throw new NoSuchElementException();
                }
                long order = order(pending);
                long first = pending.getLong(3);
                List<String> lines = new ArrayList<>();
                long characters = 0;
                while (pending != null && order(pending) == order && pending.getLong(3) == first + lines.size()
                        && lines.size() < MAX_ROWS && characters < MAX_CHARACTERS) {
                    String line = pending.getString(0);
                    lines.add(line);
                    characters += line.length();
                    pending = rows.hasNext() ? rows.next() : null;
                }
                return extract(new Run(order, first, lines), reader);
            }
        };
    }

    private static long order(Row row) {
        if (row.isNullAt(1)) {
            // The listing and Spark name the file differently: a bug, and silently losing rows would hide it.
            throw new IllegalStateException("a row of a file that is not among the inputs: " + row.getString(2));
        }
        return row.getLong(1);
    }

    private ExtractedFile extract(Run run, DocumentReader reader) {
        long started = System.nanoTime();
        String source = sources.get(run.order());
        List<ExtractedFile.Failure> failures = new ArrayList<>();
        List<ShippedArticle> articles = new ArrayList<>();
        long characters = 0;
        Path folder = null;
        try {
            folder = Files.createTempDirectory("zhengqi-table-");
            Path file = folder.resolve("rows.jsonl");
            Files.write(file, run.lines(), StandardCharsets.UTF_8);
            RowNames names = new RowNames(file + ":", source, run.firstRow());
            List<SourceDocument> documents = reader.read(file, skipped ->
                    failures.add(new ExtractedFile.Failure(names.of(skipped.location()), skipped.reason())));
            for (SourceDocument read : documents) {
                SourceDocument document = names.of(read);
                characters += document.text().length();
                try {
                    List<ArticleGraph> extracted = FileExtraction.Engine.EXTRACTOR.extract(document.source(), List.of(document)).articles();
                    extracted.forEach(a -> articles.add(ShippedArticle.of(a)));
                } catch (Exception | StackOverflowError e) {
                    // As ingest: a pathological record must not end the run; here it costs its own row only.
                    failures.add(new ExtractedFile.Failure(document.source(), e instanceof Exception ex ? ReadFailures.describe(ex)
                            : "the extractor gave up on this record (" + e + ")"));
                }
            }
        } catch (IOException e) {
            failures.add(new ExtractedFile.Failure(source + ":" + (run.firstRow() + 1) + "-" + (run.firstRow() + run.lines().size()),
                    ReadFailures.describe(e)));
        } finally {
            deleteQuietly(folder);
        }
        return new ExtractedFile(run.order(), run.firstRow(), articles, failures, characters, System.nanoTime() - started);
    }

    /** Places in the temporary file ({@code TMP:LINE}) as the rows they are ({@code FILE:ROW}). */
    private record RowNames(String temporary, String table, long firstRow) {

        String of(String location) {
            if (!location.startsWith(temporary)) {
                return location;
            }
            long line = Long.parseLong(location.substring(temporary.length()));
            return table + ":" + (firstRow + line);
        }

        SourceDocument of(SourceDocument d) {
            return new SourceDocument(of(d.source()), d.text(), d.title(), d.publishedOn(), d.originalText(), d.encoding(), d.site());
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            Files.deleteIfExists(folder.resolve("rows.jsonl"));
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // A temporary copy left behind costs disk space only: the rows were read.
        }
    }
}
