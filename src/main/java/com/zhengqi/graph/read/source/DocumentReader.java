package com.zhengqi.graph.read.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads one input file into documents, whatever its format (by extension: .txt, .html/.htm, .pdf,
 * .json, .jsonl; anything else is read as plain text) and encoding. Every failure is an
 * {@link IOException} whose message is the reason to show the user (see
 * {@link com.zhengqi.graph.read.ReadFailures}); nothing else escapes, so one bad file never stops a batch.
 * Likewise one bad record of a JSON-lines file (or JSON array) never stops its file: see
 * {@link #read(Path, Consumer)}. Safe to share between threads.
 */
public final class DocumentReader {

    private final FormatReader text;
    private final FormatReader html;
    private final FormatReader pdf = new PdfReader();
    private final FormatReader json;
    private final FormatReader jsonLines;

    public DocumentReader() {
        this(ReadOptions.DETECT);
    }

    public DocumentReader(ReadOptions options) {
        this.text = new PlainTextReader(options);
        this.html = new HtmlReader(options);
        this.json = new JsonRecordsReader(options, false);
        this.jsonLines = new JsonRecordsReader(options, true);
    }

    /** Whether a file found while walking a folder is one of the supported formats (other files there are left alone). */
    public static boolean isSupported(Path file) {
        return Format.of(file) != null;
    }

    /**
     * The documents of a file that must be read whole: the first bad record of a JSON or JSON-lines
     * file fails the file, its place ({@code line 2: ...}) leading the reason.
     */
    public List<SourceDocument> read(Path file) throws IOException {
        List<SkippedRecord> skipped = new ArrayList<>();
        List<SourceDocument> documents = read(file, skipped::add);
        if (!skipped.isEmpty()) {
            throw new UnreadableSourceException(skipped.getFirst().place() + ": " + skipped.getFirst().reason());
        }
        return documents;
    }

    /**
     * The documents of a file, skipping the bad records of a JSON or JSON-lines file: each is handed to
     * {@code skipped} (with its line or array place) and the file's other records are returned, so the
     * list is empty when every record was bad. A file that cannot be read at all still throws.
     */
    public List<SourceDocument> read(Path file, Consumer<SkippedRecord> skipped) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            // Only a folder that could not be walked gets here; opening it tells why.
            try (DirectoryStream<Path> ignored = Files.newDirectoryStream(file)) {
                throw new UnreadableSourceException("a folder, not a file");
            }
        }
        if (!attributes.isRegularFile()) {
            // Reading a pipe or a device could block forever or never end.
            throw new UnreadableSourceException("not a regular file (a pipe, device or socket)");
        }
        Format format = Format.of(file);
        FormatReader reader = switch (format == null ? Format.TEXT : format) {
            case TEXT -> text;
            case HTML -> html;
            case PDF -> pdf;
            case JSON -> json;
            case JSON_LINES -> jsonLines;
        };
        try {
            return reader.read(file, skipped);
        } catch (StackOverflowError e) {
            throw new UnreadableSourceException("too deeply nested to read", e);
        }
    }
}
