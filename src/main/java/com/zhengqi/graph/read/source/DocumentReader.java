package com.zhengqi.graph.read.source;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * Reads one input file into documents, whatever its format (by extension: .txt, .html/.htm, .pdf,
 * .json, .jsonl; anything else is read as plain text) and encoding. Every failure is an
 * {@link IOException} whose message is the reason to show the user (see
 * {@link com.zhengqi.graph.read.ReadFailures}); nothing else escapes, so one bad file never stops a batch.
 * Safe to share between threads.
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

    public List<SourceDocument> read(Path file) throws IOException {
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
            return reader.read(file);
        } catch (StackOverflowError e) {
            throw new UnreadableSourceException("too deeply nested to read", e);
        }
    }
}
